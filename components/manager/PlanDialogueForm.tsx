import { useState } from 'preact/hooks';
import type { NewDialogueInput } from '../../lib/domain/dialogues';
import type { Dialogue, Language, Person, TemplateId } from '../../lib/domain/schema';
import { GuideFields } from '../dialogue/GuideFields';
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
  const [plannedDate, setPlannedDate] = useState('');
  const [plannedTime, setPlannedTime] = useState('');
  const [duration, setDuration] = useState<'60' | '90' | '120'>('90');
  const [place, setPlace] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [templateId, setTemplateId] = useState<TemplateId>('uio-dialogue-2020');
  return (
    <form
      class="stack"
      aria-labelledby="plan-dialogue-heading"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(
          {
            role: 'manager',
            employeeId: person.id,
            employeeName: person.name,
            managerName,
            plannedDate: plannedDate || null,
            plannedTime: /^\d{2}:\d{2}$/.test(plannedTime) ? plannedTime : null,
            durationMinutes: Number(duration),
            place: place.trim(),
            staffCategory: person.staffCategory,
            turned60: person.turned60,
            templateId,
            language,
          },
          managerName.trim(),
        );
      }}
    >
      <h1 id="plan-dialogue-heading">{t('planDialogueHeading', { name: person.name })}</h1>
      <TextField label={t('fieldPlannedDate')} type="date" multiline={false} value={plannedDate} onInput={setPlannedDate} />
      <div class="field">
        <label for="planned-time">{t('fieldTime')}</label>
        <input id="planned-time" type="time" value={plannedTime} onInput={(event) => setPlannedTime(event.currentTarget.value)} />
      </div>
      <RadioGroup
        inline
        legend={t('fieldDuration')}
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
      <GuideFields templateId={templateId} language={language} onTemplate={setTemplateId} onLanguage={setLanguage} />
      <div class="actions">
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('planDialogue')}
        </button>
      </div>
    </form>
  );
}
