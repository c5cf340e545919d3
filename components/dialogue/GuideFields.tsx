import type { Language, TemplateId } from '../../lib/domain/schema';
import { LANGUAGE_LABEL, TEMPLATE_LABEL, optionsOf } from '../ui/labels';
import { RadioGroup } from '../ui/RadioGroup';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  templateId: TemplateId;
  language: Language;
  onTemplate: (templateId: TemplateId) => void;
  onLanguage: (language: Language) => void;
}

/** Which guide a dialogue follows, and in which language: the same choice when preparing and when planning. */
export function GuideFields({ templateId, language, onTemplate, onLanguage }: Props) {
  const { t } = useAreaI18n();
  return (
    <>
      <RadioGroup legend={t('fieldTemplate')} name="template" options={optionsOf(TEMPLATE_LABEL, t)} value={templateId} onChange={onTemplate} />
      <RadioGroup inline legend={t('fieldLanguage')} name="language" options={optionsOf(LANGUAGE_LABEL, t)} value={language} onChange={onLanguage} />
    </>
  );
}
