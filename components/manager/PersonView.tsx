import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/i18n';
import type { Dialogue, Person } from '../../lib/domain/schema';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PersonForm, type PersonDraft } from './PersonFields';
import { STATUS_LABEL, STAFF_LABEL } from '../ui/labels';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  person: Person;
  dialogues: Dialogue[];
  onSave: (person: PersonDraft) => void;
  onDelete: () => void;
  onPlan: () => void;
  onOpenDialogue: (id: string) => void;
  onBack: () => void;
}

/** One employee: their details, their dialogues with this manager, and planning the next one. */
export function PersonView({ person, dialogues, onSave, onDelete, onPlan, onOpenDialogue, onBack }: Props) {
  const { t, language } = useAreaI18n();
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="stack" aria-labelledby="person-heading">
      <h1 id="person-heading">{person.name}</h1>
      {editing ? (
        <PersonForm
          person={editing}
          submitLabel={t('savePerson')}
          onChange={setEditing}
          onSubmit={(person) => {
            onSave(person);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p>
          {t(STAFF_LABEL[person.staffCategory])}
          {person.turned60 && ` · ${t('personTurned60')}`}{' '}
          <button type="button" class="link" onClick={() => setEditing({ name: person.name, staffCategory: person.staffCategory, turned60: person.turned60 })}>
            {t('editPerson')}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onPlan}>
          {t('planDialogue')}
        </button>
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          {t('deletePerson')}
        </button>
      </div>
      <h2>{t('personDialogues')}</h2>
      {dialogues.length === 0 && <p class="empty">{t('personNoDialogues')}</p>}
      <ul class="dialogue-list">
        {dialogues.map((dialogue) => {
          const date = dialogue.plannedDate ? formatDate(dialogue.plannedDate, language) : t('dialogueNoDate');
          return (
            <li key={dialogue.id} class="card" data-dialogue-id={dialogue.id}>
              <h3 class="card-title">{date}</h3>
              <p class="meta">{t(STATUS_LABEL[dialogue.status])}</p>
              <button type="button" onClick={() => onOpenDialogue(dialogue.id)} aria-label={`${t('resume')}: ${date}`}>
                {t('resume')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToPeople')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('deletePersonTitle', { name: person.name })}
          body={t('deletePersonBody', { name: person.name })}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
        />
      )}
    </section>
  );
}
