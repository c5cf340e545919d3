import '../ui/areas.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  id: string;
  heading: string;
  hint: string;
  /** A line on what goes, and all of it, entry by entry, when there is more to it than the preview beside the card. */
  whatGoes?: string;
  preview?: ComponentChildren;
  fileLabel: string;
  copyLabel: string;
  /** Each says what it did (shown beside the buttons), or throws; with the passphrase to seal the file with, if any. */
  onFile: (passphrase: string | null) => Promise<string>;
  onCopy: (passphrase: string | null) => Promise<string>;
  headingLevel?: 2 | 3;
  /** Opened as the next step: its heading takes the focus, and the card is in view. */
  focusFirst?: boolean;
  /** Nothing would go: the buttons are off (`whatGoes` says why), so no empty file is sent. */
  nothingToSend?: boolean;
}

/** The lock's shortest passphrase (components/settings/LockSection.tsx): a file by e-mail deserves no less. */
const MIN_PASSPHRASE = 8;

/** What one party sends the other (shared points, the outcome, a plan update): as a file or through the clipboard. */
export function SendCard({ id, heading, hint, whatGoes, preview, fileLabel, copyLabel, onFile, onCopy, headingLevel = 2, focusFirst = false, nothingToSend = false }: Props) {
  const { t } = useAreaI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusFirst) headingRef.current?.focus();
  }, [focusFirst]);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const tooShort = protect && passphrase.length < MIN_PASSPHRASE;
  const off = tooShort || nothingToSend;
  const run = async (action: (passphrase: string | null) => Promise<string>) => {
    try {
      setStatus({ text: await action(protect ? passphrase : null), error: false });
    } catch (error) {
      setStatus({ text: t('exportCopyFailed', { detail: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="share card" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={focusFirst ? -1 : undefined}>
        {heading}
      </Heading>
      <p class="hint">{hint}</p>
      {whatGoes && <p class="meta">{whatGoes}</p>}
      {preview}
      <label class="choice">
        <input type="checkbox" checked={protect} onChange={(event) => setProtect(event.currentTarget.checked)} />
        {t('sendProtect')}
      </label>
      {protect && (
        <div class="field">
          <label for={`${id}-passphrase`}>{t('sendPassphrase')}</label>
          <p class="hint" id={`${id}-passphrase-hint`}>
            {t('sendProtectHint')}
          </p>
          <input
            id={`${id}-passphrase`}
            type="password"
            autocomplete="new-password"
            aria-describedby={`${id}-passphrase-hint`}
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
          {passphrase.length > 0 && tooShort && <p class="problem">{t('sendPassphraseTooShort')}</p>}
        </div>
      )}
      <div class="actions">
        {/* The next step's card: saving the file is the one thing to do on this screen (issue #30). */}
        <button type="button" class={focusFirst ? 'primary' : undefined} disabled={off} onClick={() => run(onFile)}>
          {fileLabel}
        </button>
        <button type="button" class="secondary" disabled={off} onClick={() => run(onCopy)}>
          {copyLabel}
        </button>
      </div>
      {/* Announced, and shown beside the button that was used (issue #19). */}
      <p role="status" aria-live="polite" class={status?.error ? 'export-status export-status--error' : 'export-status'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
