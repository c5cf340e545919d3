import { useRef, useState } from 'preact/hooks';
import { FileField } from '../ui/FileField';
import { RadioGroup } from '../ui/RadioGroup';
import { useAreaI18n } from '../ui/i18n';

/** One line of what a file would do: its kind (a tag) and its words. */
export interface CheckLine {
  id: string;
  tag?: string;
  text: string;
}

/** Both versions of a field changed on both sides, worded for the user to choose. */
export interface CheckConflict {
  id: string;
  label: string;
  ours: string;
  theirs: string;
}

export type ImportCheck =
  | {
      ok: true;
      /** Said first: who sent it, and how much it adds. */
      summary: string;
      add: CheckLine[];
      changes: CheckLine[];
      conflicts: CheckConflict[];
      /** Each value the file leaves as it is, with why. */
      leftOut?: CheckLine[];
      /** Smaller print: what the file leaves as it is. */
      notes: string[];
      /** Each to be confirmed before anything is written (another employee's file, another dialogue's). */
      confirmations: Array<{ id: string; problem: string; confirm: string; action?: { label: string; run: () => void } }>;
      confirmLabel: string;
      /** Nothing to write: the confirm button stays off (unless the file's times are still to be noted as seen). */
      nothingNew: boolean;
      /** Nothing the user sees changes, but taking the file in notes its values as seen (an older file cannot undo them). */
      recordsSeen?: boolean;
    }
  | { ok: false; message: string; /** The file is protected: the view asks for the passphrase and checks again. */ needsPassphrase?: boolean };

interface Props {
  heading: string;
  hint: string;
  fileLabel: string;
  pasteLabel: string;
  onCheck: (text: string, passphrase: string | null) => Promise<ImportCheck>;
  /** Writes what was checked, with the user's choice on each conflict; says what happened, or why not. */
  onImport: (choices: Array<'ours' | 'theirs'>) => Promise<{ ok: boolean; message: string; next?: { label: string; run: () => void } }>;
  onBack: () => void;
}

/** A file from the other party: checked first and shown in full, then taken in all at once (or not at all). */
export function ImportView({ heading, hint, fileLabel, pasteLabel, onCheck, onImport, onBack }: Props) {
  const { t } = useAreaI18n();
  const [text, setText] = useState('');
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [done, setDone] = useState<{ ok: boolean; message: string; next?: { label: string; run: () => void } } | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [choices, setChoices] = useState<Array<'ours' | 'theirs' | undefined>>([]);
  /** The text last read, kept while its passphrase is asked for. */
  const [readFrom, setReadFrom] = useState('');
  const [passphrase, setPassphrase] = useState('');
  /** A take-in under way: a second click writes nothing and says nothing wrong (issue #29). */
  const taking = useRef(false);
  const [takingIn, setTakingIn] = useState(false);
  const readText = async (text: string, withPassphrase: string | null = null) => {
    setDone(null);
    setConfirmed(new Set());
    setChoices([]);
    setReadFrom(text);
    if (withPassphrase === null) setPassphrase('');
    setCheck(await onCheck(text, withPassphrase));
  };
  const ready =
    check?.ok === true &&
    (!check.nothingNew || check.recordsSeen === true) &&
    check.confirmations.every((confirmation) => confirmed.has(confirmation.id)) &&
    check.conflicts.every((_, index) => choices[index] !== undefined);
  return (
    <section class="stack" aria-labelledby="import-heading">
      <h1 id="import-heading">{heading}</h1>
      <p class="hint">{hint}</p>
      <FileField id="import-file" label={fileLabel} accept=".json,application/json" onText={readText} />
      <div class="field">
        <label for="import-text">{pasteLabel}</label>
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
      {check && !check.ok && check.needsPassphrase && (
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            void readText(readFrom, passphrase);
          }}
        >
          <label for="import-passphrase">{t('importPassphrase')}</label>
          <input id="import-passphrase" type="password" autocomplete="off" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />
          <button type="submit" disabled={!passphrase}>
            {t('importOpenProtected')}
          </button>
        </form>
      )}
      {check?.ok && (
        <div class="card stack" aria-live="polite">
          <p>{check.summary}</p>
          {check.confirmations.map((confirmation) => (
            <div class="problem" role="alert" key={confirmation.id}>
              <p>{confirmation.problem}</p>
              {confirmation.action && (
                // Another way in (a new dialogue for the file) is taken only with every other confirmation given:
                // "this file is about Per Hansen" guards it too (issue #29).
                <button
                  type="button"
                  disabled={!check.confirmations.every((other) => other.id === confirmation.id || confirmed.has(other.id))}
                  onClick={confirmation.action.run}
                >
                  {confirmation.action.label}
                </button>
              )}
              <label class="choice">
                <input
                  type="checkbox"
                  checked={confirmed.has(confirmation.id)}
                  onChange={(event) => {
                    const next = new Set(confirmed);
                    if (event.currentTarget.checked) next.add(confirmation.id);
                    else next.delete(confirmation.id);
                    setConfirmed(next);
                  }}
                />
                {confirmation.confirm}
              </label>
            </div>
          ))}
          {check.add.length > 0 && <Lines heading={t('exchangeAdd', { count: check.add.length })} lines={check.add} />}
          {check.changes.length > 0 && <Lines heading={t('exchangeChanges', { count: check.changes.length })} lines={check.changes} />}
          {check.conflicts.length > 0 && (
            <section aria-labelledby="import-conflicts">
              <h2 id="import-conflicts">{t('exchangeConflictsHeading')}</h2>
              {check.conflicts.map((conflict, index) => (
                <RadioGroup
                  key={conflict.id}
                  legend={conflict.label}
                  name={`conflict-${conflict.id}`}
                  options={[
                    ['ours', conflict.ours],
                    ['theirs', conflict.theirs],
                  ]}
                  value={choices[index] ?? ''}
                  onChange={(choice) => setChoices((before) => Object.assign([...before], { [index]: choice as 'ours' | 'theirs' }))}
                />
              ))}
            </section>
          )}
          {check.leftOut && check.leftOut.length > 0 && <Lines heading={t('exchangeLeftOut', { count: check.leftOut.length })} lines={check.leftOut} />}
          {check.notes.map((note) => (
            <p class="meta" key={note}>
              {note}
            </p>
          ))}
          <button
            type="button"
            class="primary"
            disabled={!ready || takingIn}
            onClick={async () => {
              if (taking.current) return;
              taking.current = true;
              setTakingIn(true);
              try {
                const outcome = await onImport(choices as Array<'ours' | 'theirs'>);
                setDone(outcome);
                if (outcome.ok) {
                  setCheck(null);
                  setText('');
                }
              } finally {
                taking.current = false;
                setTakingIn(false);
              }
            }}
          >
            {check.confirmLabel}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class={done && !done.ok ? 'problem' : undefined}>
        {done?.message ?? ''}
      </p>
      {/* What was taken in, one click away (issue #30: the employee landed on topic 1, the plan in topic 7). */}
      <div class="actions">
        {done?.ok && done.next && (
          <button type="button" class="primary" onClick={done.next.run}>
            {done.next.label}
          </button>
        )}
        <button type="button" class="secondary" onClick={onBack}>
          {t('backToDialogue')}
        </button>
      </div>
    </section>
  );
}

function Lines({ heading, lines }: { heading: string; lines: CheckLine[] }) {
  return (
    <>
      <p>{heading}</p>
      <ul>
        {lines.map((line) => (
          <li key={line.id} class="doc-text">
            {line.tag && <span class="tag">{line.tag}</span>} {line.text}
          </li>
        ))}
      </ul>
    </>
  );
}
