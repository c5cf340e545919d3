import { useState } from 'preact/hooks';
import { FileField } from '../ui/FileField';
import { useAreaI18n } from '../ui/i18n';

export type ImportCheck =
  | { ok: true; from: string; /** The file names someone other than this dialogue's employee. */ otherPerson: boolean; add: Array<{ id: string; text: string }>; alreadyThere: number }
  | { ok: false; message: string };

interface Props {
  employeeName: string;
  onCheck: (text: string) => Promise<ImportCheck>;
  onImport: () => Promise<boolean>;
  onBack: () => void;
}

/** The manager imports the points an employee chose to share: checked first, shown, then added all at once. */
export function ImportView({ employeeName, onCheck, onImport, onBack }: Props) {
  const { t } = useAreaI18n();
  const [text, setText] = useState('');
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [otherPersonConfirmed, setOtherPersonConfirmed] = useState(false);
  const readText = async (text: string) => {
    setDone(null);
    setOtherPersonConfirmed(false);
    setCheck(await onCheck(text));
  };
  return (
    <section class="stack" aria-labelledby="import-heading">
      <h1 id="import-heading">{t('importHeading', { name: employeeName })}</h1>
      <p class="hint">{t('importHint')}</p>
      <FileField id="import-file" label={t('importFile')} accept=".json,application/json" onText={readText} />
      <div class="field">
        <label for="import-text">{t('importPaste')}</label>
        <textarea id="import-text" rows={3} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        <button type="button" disabled={!text.trim()} onClick={() => void readText(text)}>
          {t('importCheck')}
        </button>
      </div>
      {check && !check.ok && (
        <p role="alert" class="problem">
          {check.message}
        </p>
      )}
      {check?.ok && (
        <div class="card" aria-live="polite">
          <p>{t('importWillAdd', { count: check.add.length, name: check.from })}</p>
          {check.alreadyThere > 0 && <p class="meta">{t('importAlreadyThere', { count: check.alreadyThere })}</p>}
          {check.otherPerson && (
            <div class="problem" role="alert">
              <p>{t('importOtherPerson', { from: check.from, employee: employeeName })}</p>
              <label class="choice">
                <input type="checkbox" checked={otherPersonConfirmed} onChange={(event) => setOtherPersonConfirmed(event.currentTarget.checked)} />
                {t('importOtherPersonConfirm', { from: check.from, employee: employeeName })}
              </label>
            </div>
          )}
          <ul>
            {check.add.map((item) => (
              <li key={item.id} class="doc-text">
                {item.text}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="primary"
            disabled={check.add.length === 0 || (check.otherPerson && !otherPersonConfirmed)}
            onClick={async () => {
              if (await onImport()) {
                setDone(t('importDone', { count: check.add.length }));
                setCheck(null);
                setText('');
              }
            }}
          >
            {t('importConfirm', { count: check.add.length })}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite">
        {done ?? ''}
      </p>
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToDialogue')}
      </button>
    </section>
  );
}
