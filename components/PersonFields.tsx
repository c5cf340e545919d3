import type { StaffCategory } from '../lib/schema';
import { RadioGroup } from './RadioGroup';
import { TextField } from './TextField';
import { useAreaI18n } from './i18n';

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
        options={[
          ['academic', t('staffAcademic')],
          ['doctoralFellow', t('staffDoctoralFellow')],
          ['technicalAdministrative', t('staffTechnicalAdministrative')],
        ]}
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
