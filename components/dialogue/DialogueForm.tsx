import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { DEFAULT_TEMPLATE } from '../../lib/guide';
import type { Language, TemplateId } from '../../lib/domain/schema';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';
import { GuideFields } from './GuideFields';
import { FormActions } from '../ui/FormActions';

/** What every new dialogue is asked for, whoever starts it: when, and which guide in which language. */
export interface DialogueBasics {
  plannedDate: string | null;
  templateId: TemplateId;
  language: Language;
}

interface Props {
  headingId: string;
  heading: string;
  dateHint?: string;
  submitLabel: string;
  defaultLanguage: Language;
  onSubmit: (basics: DialogueBasics) => void;
  onCancel: () => void;
  /** The fields that differ (between the date and the guide's fields). */
  children: ComponentChildren;
}

/** The form that starts a dialogue: the employee's own (NewDialogueForm) and the one a manager plans (PlanDialogueForm). */
export function DialogueForm({ headingId, heading, dateHint, submitLabel, defaultLanguage, onSubmit, onCancel, children }: Props) {
  const { t } = useAreaI18n();
  const [plannedDate, setPlannedDate] = useState('');
  const [templateId, setTemplateId] = useState<TemplateId>(DEFAULT_TEMPLATE);
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  return (
    <form
      class="stack"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ plannedDate: plannedDate || null, templateId, language });
      }}
    >
      <h1 id={headingId}>{heading}</h1>
      <TextField label={t('fieldPlannedDate')} hint={dateHint} type="date" multiline={false} value={plannedDate} onInput={setPlannedDate} name="plannedDate" />
      {children}
      <GuideFields templateId={templateId} language={language} onTemplate={setTemplateId} onLanguage={setLanguage} />
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
