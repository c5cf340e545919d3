import { useState } from 'preact/hooks';
import type { PersonOverview, DueState } from '../lib/overview';
import type { MessageKey } from '../lib/i18n';
import { formatDate } from '../lib/i18n';
import type { DialogueStatus, StaffCategory } from '../lib/schema';
import { PersonFields, type PersonDraft } from './PersonFields';
import { useI18n } from './i18n';

interface Props {
  rows: PersonOverview[];
  onAdd: (person: PersonDraft) => void;
  onOpen: (personId: string) => void;
}

export const DUE_LABEL: Record<DueState, MessageKey> = { overdue: 'dueOverdue', never: 'dueNever', dueSoon: 'dueSoon', upToDate: 'dueUpToDate' };
export const STATUS_LABEL: Record<DialogueStatus, MessageKey> = {
  planned: 'statusPlanned',
  invited: 'statusInvited',
  prepared: 'statusPrepared',
  held: 'statusHeld',
  planAgreed: 'statusPlanAgreed',
  followedUp: 'statusFollowedUp',
};
export const STAFF_LABEL: Record<StaffCategory, MessageKey> = {
  academic: 'staffAcademic',
  doctoralFellow: 'staffDoctoralFellow',
  technicalAdministrative: 'staffTechnicalAdministrative',
};

/** The manager's overview: who has had a dialogue in the last twelve months, who is due, who is overdue. */
export function PeopleView({ rows, onAdd, onOpen }: Props) {
  const { t, language } = useI18n();
  const [adding, setAdding] = useState<PersonDraft | null>(null);
  return (
    <section aria-labelledby="people-heading">
      <div class="section-head">
        <h1 id="people-heading">{t('peopleHeading')}</h1>
        {!adding && (
          <button type="button" class="primary" onClick={() => setAdding({ name: '', staffCategory: 'technicalAdministrative', turned60: false })}>
            {t('addPerson')}
          </button>
        )}
      </div>
      <p class="hint">{t('peopleHint')}</p>
      {adding && (
        <form
          class="card stack"
          aria-label={t('addPerson')}
          onSubmit={(event) => {
            event.preventDefault();
            if (!adding.name.trim()) return;
            onAdd(adding);
            setAdding(null);
          }}
        >
          <PersonFields person={adding} onChange={setAdding} />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setAdding(null)}>
              {t('cancel')}
            </button>
            <button type="submit" class="primary">
              {t('addPerson')}
            </button>
          </div>
        </form>
      )}
      {rows.length === 0 && !adding && <p class="empty">{t('peopleEmpty')}</p>}
      <ul class="people-list">
        {rows.map((row) => (
          <li key={row.person.id} class={`card due--${row.due}`} data-person-id={row.person.id}>
            <h2 class="card-title">
              <button type="button" class="link" onClick={() => onOpen(row.person.id)}>
                {row.person.name}
              </button>
            </h2>
            <p>
              <span class={`badge due-badge due-badge--${row.due}`}>{t(DUE_LABEL[row.due])}</span>{' '}
              {row.lastHeld ? t('lastHeld', { date: formatDate(row.lastHeld, language) }) : t('noneHeld')}
            </p>
            {row.latest && (
              <p class="meta">
                {t('latestDialogue', {
                  date: row.latest.plannedDate ? formatDate(row.latest.plannedDate, language) : t('dialogueNoDate'),
                  status: t(STATUS_LABEL[row.latest.status]),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
