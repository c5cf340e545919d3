import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  onUnlock: (passphrase: string) => Promise<boolean>;
  /** Saves everything as it is stored, the notes still locked; resolves to the file's name, or null. */
  onSaveLockedBackup: () => Promise<string | null>;
  /** Deletes everything in this browser, the lock with it. */
  onStartAgain: () => Promise<boolean>;
}

/**
 * Shown instead of everything else while the lock is closed. A forgotten passphrase is not a dead end: the locked
 * notes can be saved as a backup (restorable with the passphrase, should it come back), and only then can Samtale
 * start again without them.
 */
export function LockScreen({ onUnlock, onSaveLockedBackup, onStartAgain }: Props) {
  const { t } = useAreaI18n();
  const [passphrase, setPassphrase] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="stack lock-screen">
      <form
        class="stack"
        aria-labelledby="locked-heading"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const ok = await onUnlock(passphrase);
          setBusy(false);
          setWrong(!ok);
          if (ok) setPassphrase('');
        }}
      >
        <h1 id="locked-heading">{t('lockedHeading')}</h1>
        <p>{t('lockedHint')}</p>
        <TextField label={t('lockPassphrase')} type="password" multiline={false} value={passphrase} onInput={setPassphrase} autoFocus />
        {wrong && <p role="alert">{t('wrongPassphrase')}</p>}
        <button type="submit" class="primary" disabled={busy || passphrase === ''}>
          {t('unlock')}
        </button>
      </form>
      <details class="card">
        <summary>{t('lockForgotten')}</summary>
        <div class="stack">
          <p>{t('lockForgottenHint')}</p>
          <button type="button" onClick={async () => setSavedAs(await onSaveLockedBackup())}>
            {t('lockSaveLockedBackup')}
          </button>
          <p role="status" aria-live="polite">
            {savedAs ? t('backupSaved', { file: savedAs }) : ''}
          </p>
          <button type="button" class="danger" disabled={savedAs === null} onClick={() => setConfirming(true)}>
            {t('lockStartAgain')}
          </button>
        </div>
      </details>
      {confirming && (
        <ConfirmDialog
          title={t('lockStartAgainTitle')}
          body={t('lockStartAgainBody')}
          confirmLabel={t('lockStartAgain')}
          cancelLabel={t('cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void onStartAgain();
          }}
        />
      )}
    </div>
  );
}
