import { useId, useState } from 'preact/hooks';
import type { NewDialogueInput } from '../../lib/domain/dialogues';
import type { Language, StaffCategory } from '../../lib/domain/schema';
import { RadioGroup } from '../ui/RadioGroup';
import { STAFF_LABEL, optionsOf } from '../ui/labels';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';
import { DialogueForm } from './DialogueForm';

interface Props {
  myName: string;
  defaultStaffCategory: StaffCategory;
  defaultLanguage: Language;
  onSubmit: (input: NewDialogueInput, myName: string) => void;
  onCancel: () => void;
}

/** Starting a dialogue: what differs between dialogues (the date, the manager, the form and the questions that apply). */
export function NewDialogueForm({ myName, defaultStaffCategory, defaultLanguage, onSubmit, onCancel }: Props) {
  const { t } = useAreaI18n();
  const turned60Hint = useId();
  const [name, setName] = useState(myName);
  const [managerName, setManagerName] = useState('');
  const [staffCategory, setStaffCategory] = useState<StaffCategory>(defaultStaffCategory);
  const [turned60, setTurned60] = useState(false);

  return (
    <DialogueForm
      headingId="new-dialogue-heading"
      heading={t('newDialogueHeading')}
      dateHint={t('fieldPlannedDateHint')}
      submitLabel={t('startDialogue')}
      defaultLanguage={defaultLanguage}
      onCancel={onCancel}
      onSubmit={(basics) => onSubmit({ role: 'employee', employeeName: name, managerName, staffCategory, turned60, ...basics }, name)}
    >
      <TextField label={t('fieldMyName')} multiline={false} value={name} onInput={setName} name="myName" />
      <TextField label={t('fieldManagerName')} multiline={false} value={managerName} onInput={setManagerName} name="managerName" />
      <RadioGroup
        legend={t('fieldStaffCategory')}
        hint={t('fieldStaffCategoryHint')}
        name="staffCategory"
        options={optionsOf(STAFF_LABEL, t)}
        value={staffCategory}
        onChange={setStaffCategory}
      />
      <div class="field">
        <label class="choice">
          <input type="checkbox" name="turned60" checked={turned60} aria-describedby={turned60Hint} onChange={(event) => setTurned60(event.currentTarget.checked)} />
          {t('fieldTurned60')}
        </label>
        <p class="hint" id={turned60Hint}>{t('fieldTurned60Hint')}</p>
      </div>
    </DialogueForm>
  );
}
