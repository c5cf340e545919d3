import { useState } from 'preact/hooks';
import type { LeftOutRecord } from '../../lib/files/backup';
import type { RestoreLockOutcome, RestorePlan } from '../../lib/files/restore';
import { formatDate } from '../../lib/i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FileField } from '../ui/FileField';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

export type RestoreCheck =
  | { ok: true; plan: RestorePlan; lock: RestoreLockOutcome; leftOut: LeftOutRecord[] }
  | { ok: false; message: string; needsPassphrase: boolean; needsLockPassphrase: boolean; /** The damaged records, when the rest can be restored. */ leftOut?: LeftOutRecord[] };

/** The records a damaged backup leaves out, as a list the user can read (the first 20, and how many more). */
function LeftOutList({ leftOut }: { leftOut: LeftOutRecord[] }) {
  const { t } = useAreaI18n();
  const shown = leftOut.slice(0, 20);
  return (
    <ul data-testid="restore-left-out">
      {shown.map((record, index) => (
        <li key={index}>{t('restoreLeftOutRecord', { kind: t(`restoreKind_${record.kind}`), id: record.id ?? '—', reason: record.reason })}</li>
      ))}
      {leftOut.length > shown.length && <li>{t('restoreLeftOutMore', { count: leftOut.length - shown.length })}</li>}
    </ul>
  );
}

interface Props {
  lastBackupAt: string | null;
  persisted: boolean | null;
  onBackup: (passphrase: string | null) => Promise<string | null>;
  /** The backup's passphrase (an encrypted file) and its lock's (notes locked in the browser it came from). */
  onCheckRestore: (file: Blob, passphrase: string | null, lockPassphrase: string | null, restoreTheRest: boolean) => Promise<RestoreCheck>;
  /** The user is about to choose a backup: the restore gets ready (its worker) while they do. */
  onPrepareRestore: () => void;
  /** Restores the checked backup, saying how many of its records are written so far. */
  onRestore: (onProgress: (written: number, total: number) => void) => Promise<boolean>;
  onDeleteAll: () => Promise<boolean>;
}

/** Backup (optionally encrypted), restore with a preview of what changes, and deleting everything. */
export function DataSection({ lastBackupAt, persisted, onBackup, onCheckRestore, onPrepareRestore, onRestore, onDeleteAll }: Props) {
  const { t, language } = useAreaI18n();
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState('');
  /** The backup chosen (read off the panel's thread when checked). */
  const [restoreFile, setRestoreFile] = useState<Blob | null>(null);
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [restoreLockPassphrase, setRestoreLockPassphrase] = useState('');
  const [check, setCheck] = useState<RestoreCheck | null>(null);
  /** While a restore is written: how many of its records so far. */
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const runCheck = async (file: Blob, restoreTheRest = false) => {
    setRestoreFile(file);
    setCheck(await onCheckRestore(file, restorePassphrase || null, restoreLockPassphrase || null, restoreTheRest));
  };

  return (
    <section class="stack data-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="hint">{t('dataUninstallWarning')}</p>
      <p data-testid="last-backup">{lastBackupAt ? t('lastBackup', { date: formatDate(lastBackupAt.slice(0, 10), language) }) : t('neverBackedUp')}</p>
      {persisted === false && <p class="hint">{t('storageNotPersisted')}</p>}

      <h3>{t('backupHeading')}</h3>
      <TextField label={t('backupPassphrase')} hint={t('backupPassphraseHint')} multiline={false} type="password" value={passphrase} onInput={setPassphrase} />
      <button
        type="button"
        class="primary"
        onClick={async () => {
          const file = await onBackup(passphrase || null);
          setStatus(file ? t('backupSaved', { file }) : '');
        }}
      >
        {t('backupNow')}
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>

      <h3>{t('restoreHeading')}</h3>
      <FileField id="restore-file" label={t('restoreFile')} accept=".json,application/json" onFile={(file) => runCheck(file)} onPrepare={onPrepareRestore} />
      {check && !check.ok && (
        <div role="alert" class="problem">
          <p>{check.message}</p>
          {(check.needsPassphrase || check.needsLockPassphrase) && restoreFile !== null && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void runCheck(restoreFile);
              }}
            >
              {check.needsPassphrase ? (
                <TextField label={t('restorePassphrase')} multiline={false} type="password" value={restorePassphrase} onInput={setRestorePassphrase} />
              ) : (
                <TextField label={t('restoreLockPassphrase')} multiline={false} type="password" value={restoreLockPassphrase} onInput={setRestoreLockPassphrase} />
              )}
              <button type="submit">{t('restoreUnlock')}</button>
            </form>
          )}
          {check.leftOut && restoreFile !== null && (
            <>
              <p>{t('restoreTheRestOffer', { count: check.leftOut.length })}</p>
              <LeftOutList leftOut={check.leftOut} />
              <button type="button" onClick={() => void runCheck(restoreFile, true)}>
                {t('restoreTheRestCheck')}
              </button>
            </>
          )}
        </div>
      )}
      {check?.ok && (
        <div class="card" data-testid="restore-plan">
          <p>{t('restoreWillChange', { unchanged: check.plan.unchanged })}</p>
          <ul>
            <li>{t('restoreDialogues', { added: check.plan.added.dialogues, updated: check.plan.updated.dialogues })}</li>
            <li>{t('restoreItems', { added: check.plan.added.items, updated: check.plan.updated.items })}</li>
            <li>{t('restorePeople', { added: check.plan.added.people, updated: check.plan.updated.people })}</li>
            {check.plan.preferences && <li>{t('restorePreferences')}</li>}
          </ul>
          <p data-testid="restore-lock">
            {check.lock.lockOn ? t('restoreLockStaysOn') : t('restoreLockStaysOff')}
            {check.lock.reopened > 0 && ` ${t('restoreReopened', { count: check.lock.reopened })}`}
          </p>
          {check.leftOut.length > 0 && (
            <>
              <p>{t('restoreLeftOut', { count: check.leftOut.length })}</p>
              <LeftOutList leftOut={check.leftOut} />
            </>
          )}
          <p class="hint">{t('restoreNothingDeleted')}</p>
          <button
            type="button"
            class="primary"
            disabled={progress !== null}
            onClick={async () => {
              setProgress({ written: 0, total: 0 });
              const done = await onRestore((written, total) => setProgress({ written, total }));
              setProgress(null);
              if (done) {
                setCheck(null);
                setStatus(t('restoreDone'));
              }
            }}
          >
            {t('restoreConfirm')}
          </button>
          {progress && (
            <div class="field" role="status" aria-live="polite">
              <label for="restore-progress">{t('restoreProgress', { written: progress.written.toLocaleString(language), total: progress.total.toLocaleString(language) })}</label>
              <progress id="restore-progress" max={progress.total || 1} value={progress.written} />
            </div>
          )}
        </div>
      )}

      <h3>{t('deleteAllHeading')}</h3>
      <button type="button" class="danger" onClick={() => setConfirmingDelete(true)}>
        {t('deleteAll')}
      </button>
      {confirmingDelete && (
        <ConfirmDialog
          title={t('deleteAllTitle')}
          body={t('deleteAllBody')}
          confirmLabel={t('deleteAll')}
          cancelLabel={t('cancel')}
          onCancel={() => setConfirmingDelete(false)}
          onConfirm={async () => {
            setConfirmingDelete(false);
            if (await onDeleteAll()) setStatus(t('deleteAllDone'));
          }}
        />
      )}
    </section>
  );
}
