import type { StaffCategory } from '../../lib/domain/schema';
import { RadioGroup } from '../ui/RadioGroup';
import { STAFF_LABEL, optionsOf } from '../ui/labels';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';
import { FormActions } from '../ui/FormActions';

export interface PersonDraft {
  name: string;
  staffCategory: StaffCategory;
  turned60: boolean;
}

/** Name, staff category and 60+ of an employee in the manager's list. */
export function PersonFields({ person, onChange }: { person: PersonDraft; onChange: (person: PersonDraft) => void }) {
  const { t } = useAreaI18n();
  return (
    <>
      <TextField label={t('personName')} multiline={false} value={person.name} onInput={(name) => onChange({ ...person, name })} />
      <RadioGroup
        legend={t('fieldStaffCategory')}
        name="personStaffCategory"
        options={optionsOf(STAFF_LABEL, t)}
        value={person.staffCategory}
        onChange={(staffCategory) => onChange({ ...person, staffCategory })}
      />
      <label class="choice">
        <input type="checkbox" checked={person.turned60} onChange={(event) => onChange({ ...person, turned60: event.currentTarget.checked })} />
        {t('personTurned60')}
      </label>
    </>
  );
}

interface FormProps {
  person: PersonDraft;
  submitLabel: string;
  /** The form's accessible name, when nothing on screen names it. */
  label?: string;
  onChange: (person: PersonDraft) => void;
  onSubmit: (person: PersonDraft) => void;
  onCancel: () => void;
}

/** Adding or editing an employee: their fields, Cancel and the submit button; a name is required. */
export function PersonForm({ person, submitLabel, label, onChange, onSubmit, onCancel }: FormProps) {
  return (
    <form
      class="card stack"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (person.name.trim()) onSubmit(person);
      }}
    >
      <PersonFields person={person} onChange={onChange} />
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
