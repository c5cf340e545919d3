import { useState } from 'preact/hooks';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  subject: string;
  body: string;
  hasDate: boolean;
  invited: boolean;
  onCopy: (text: string) => Promise<void>;
  onDownloadIcs: () => Promise<string>;
  onMarkInvited: () => void;
  onBack: () => void;
}

/** The invitation to send well in advance, with the topics and the links, and a calendar file. */
export function InviteView({ subject, body, hasDate, invited, onCopy, onDownloadIcs, onMarkInvited, onBack }: Props) {
  const { t } = useAreaI18n();
  const [status, setStatus] = useState('');
  const run = async (action: () => Promise<string>) => {
    try {
      setStatus(await action());
    } catch (error) {
      setStatus(t('problemAction', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section class="stack" aria-labelledby="invite-heading">
      <h1 id="invite-heading">{t('inviteHeading')}</h1>
      <p>
        <strong>{subject}</strong>
      </p>
      <pre class="invitation" data-testid="invitation-text">
        {body}
      </pre>
      <div class="actions">
        <button type="button" class="primary" onClick={() => run(async () => (await onCopy(`${subject}\n\n${body}`), t('inviteCopied')))}>
          {t('inviteCopy')}
        </button>
        <button type="button" disabled={!hasDate} onClick={() => run(async () => t('exportDownloaded', { file: await onDownloadIcs() }))}>
          {t('inviteDownloadIcs')}
        </button>
        {!invited && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              onMarkInvited();
              // The button goes once marked: the line beside the buttons says what happened last (issue #30).
              setStatus(t('inviteMarked'));
            }}
          >
            {t('inviteMarkSent')}
          </button>
        )}
      </div>
      {!hasDate && <p class="hint">{t('inviteNeedsDate')}</p>}
      <p role="status" aria-live="polite" class="export-status">
        {status}
      </p>
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToDialogue')}
      </button>
    </section>
  );
}
