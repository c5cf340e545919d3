import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PersonOverview } from '../../lib/domain/overview';
import { formatDate } from '../../lib/i18n';
import { PersonForm, type PersonDraft } from './PersonFields';
import { useAreaI18n } from '../ui/i18n';
import { DUE_LABEL, STATUS_LABEL } from '../ui/labels';

interface Props {
  rows: PersonOverview[];
  onAdd: (person: PersonDraft) => void;
  onOpen: (personId: string) => void;
  /** The search over all notes, shown under the hint. */
  search?: ComponentChildren;
}

/** A sign for each state beside its word and colour: told apart at a glance without colour (WCAG 1.4.1). */
const DUE_MARK: Record<PersonOverview['due'], string> = { overdue: '!', never: '○', dueSoon: '◷', upToDate: '✓' };

/** The manager's overview: who has had a dialogue in the last twelve months, who is due, who is overdue. */
export function PeopleView({ rows, onAdd, onOpen, search }: Props) {
  const { t, language } = useAreaI18n();
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
      {search}
      {adding && (
        <PersonForm
          person={adding}
          label={t('addPerson')}
          submitLabel={t('addPerson')}
          onChange={setAdding}
          onSubmit={(person) => {
            onAdd(person);
            setAdding(null);
          }}
          onCancel={() => setAdding(null)}
        />
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
              <span class={`badge due-badge due-badge--${row.due}`}>
                <span aria-hidden="true">{DUE_MARK[row.due]} </span>
                {t(DUE_LABEL[row.due])}
              </span>{' '}
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
