import { useState } from 'preact/hooks';
import type { NewDialogueInput } from '../../lib/domain/dialogues';
import type { Dialogue, Language, Person } from '../../lib/domain/schema';
import { DialogueForm } from '../dialogue/DialogueForm';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

type PlanInput = NewDialogueInput & Pick<Dialogue, 'plannedTime' | 'durationMinutes' | 'place'>;

interface Props {
  person: Person;
  myName: string;
  defaultLanguage: Language;
  onSubmit: (input: PlanInput, myName: string) => void;
  onCancel: () => void;
}

/** The manager plans a dialogue: date and time, 1–2 hours, a place sheltered from interference. */
export function PlanDialogueForm({ person, myName, defaultLanguage, onSubmit, onCancel }: Props) {
  const { t } = useAreaI18n();
  const [managerName, setManagerName] = useState(myName);
  const [plannedTime, setPlannedTime] = useState('');
  const [duration, setDuration] = useState<'60' | '90' | '120'>('90');
  const [place, setPlace] = useState('');
  return (
    <DialogueForm
      headingId="plan-dialogue-heading"
      heading={t('planDialogueHeading', { name: person.name })}
      submitLabel={t('planDialogue')}
      defaultLanguage={defaultLanguage}
      onCancel={onCancel}
      onSubmit={(basics) =>
        onSubmit(
          {
            role: 'manager',
            employeeId: person.id,
            employeeName: person.name,
            managerName,
            plannedTime: /^\d{2}:\d{2}$/.test(plannedTime) ? plannedTime : null,
            durationMinutes: Number(duration),
            place: place.trim(),
            staffCategory: person.staffCategory,
            turned60: person.turned60,
            ...basics,
          },
          managerName.trim(),
        )
      }
    >
      <div class="field">
        <label for="planned-time">{t('fieldTime')}</label>
        <input id="planned-time" type="time" value={plannedTime} onInput={(event) => setPlannedTime(event.currentTarget.value)} />
      </div>
      <RadioGroup
        inline
        legend={t('fieldDuration')}
        hint={t('fieldDurationHint')}
        name="duration"
        options={[
          ['60', t('minutes', { minutes: 60 })],
          ['90', t('minutes', { minutes: 90 })],
          ['120', t('minutes', { minutes: 120 })],
        ]}
        value={duration}
        onChange={setDuration}
      />
      <TextField label={t('fieldPlace')} hint={t('fieldPlaceHint')} multiline={false} value={place} onInput={setPlace} />
      <TextField label={t('fieldYourNameManager')} multiline={false} value={managerName} onInput={setManagerName} />
    </DialogueForm>
  );
}
