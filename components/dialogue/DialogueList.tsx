import { useState } from 'preact/hooks';
import type { Dialogue } from '../../lib/domain/schema';
import { formatDate } from '../../lib/i18n';
import { lazyComponent } from '../panel/lazy';
import { useI18n } from '../ui/i18n';

// The confirmation opens on "Delete" only: its code loads then.
const ConfirmDialog = lazyComponent(() => import('../ui/ConfirmDialog').then((module) => module.ConfirmDialog));

interface Props {
  dialogues: Dialogue[];
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onNew: () => void;
  /** The manager's way in: their employees, and a dialogue planned with each. */
  onEmployees: () => void;
  /** How the notes are kept (the privacy part of the settings). */
  onPrivacy: () => void;
}

/**
 * The first screen before there is anything of the user's (issue #30): what Samtale is, that it follows UiO's seven
 * topics, that the notes stay in this browser, and the two ways in. Needs no data: drawn before the database opens.
 */
export function Welcome({ onNew, onEmployees, onPrivacy }: Pick<Props, 'onNew' | 'onEmployees' | 'onPrivacy'>) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="welcome-heading" class="welcome stack">
      <h1 id="welcome-heading">{t('welcomeHeading')}</h1>
      <p>{t('welcomeWhat')}</p>
      <p>
        {t('welcomePrivate')}{' '}
        <button type="button" class="link" onClick={onPrivacy}>
          {t('welcomeReadMore')}
        </button>
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onNew}>
          {t('welcomeEmployee')}
        </button>
        <button type="button" onClick={onEmployees}>
          {t('welcomeManager')}
        </button>
      </div>
    </section>
  );
}

export function DialogueList({ dialogues, onOpen, onDelete, onNew, onEmployees, onPrivacy }: Props) {
  const { t, language } = useI18n();
  const [confirming, setConfirming] = useState<Dialogue | null>(null);
  const dateOf = (dialogue: Dialogue) => (dialogue.plannedDate ? formatDate(dialogue.plannedDate, language) : t('dialogueNoDate'));
  if (dialogues.length === 0) return <Welcome onNew={onNew} onEmployees={onEmployees} onPrivacy={onPrivacy} />;

  return (
    <section aria-labelledby="dialogues-heading">
      <div class="section-head">
        <h1 id="dialogues-heading">{t('dialoguesHeading')}</h1>
        <button type="button" class="primary" onClick={onNew}>
          {t('newDialogue')}
        </button>
      </div>
      <ul class="dialogue-list">
        {dialogues.map((dialogue) => (
          <li key={dialogue.id} class="card" data-dialogue-id={dialogue.id}>
            <h2 class="card-title">{dateOf(dialogue)}</h2>
            <p>{dialogue.managerName ? t('dialogueWith', { manager: dialogue.managerName }) : t('dialogueNoManager')}</p>
            <p class="meta">{t('questionsMarked', { count: dialogue.markedQuestionIds.length })}</p>
            <div class="actions">
              <button type="button" onClick={() => onOpen(dialogue.id)} aria-label={`${t('resume')}: ${dateOf(dialogue)}`}>
                {t('resume')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(dialogue)} aria-label={`${t('deleteDialogue')}: ${dateOf(dialogue)}`}>
                {t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p class="meta">
        <button type="button" class="link" onClick={onEmployees}>
          {t('welcomeManager')}
        </button>
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('deleteDialogueTitle')}
          body={confirming.managerName ? t('deleteDialogueBody', { date: dateOf(confirming), manager: confirming.managerName }) : t('deleteDialogueBodyNoManager', { date: dateOf(confirming) })}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            onDelete(confirming.id);
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
