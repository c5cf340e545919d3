import type { GuideTopic } from '../../lib/guide/types';
import { topicWording } from '../../lib/guide/wording';
import { useAreaI18n } from '../ui/i18n';

/** On each topic of a guide that is partly Samtale's translation: which parts are UiO's own words, and which are not. */
export function WordingNotice({ topic }: { topic: GuideTopic }) {
  const { t } = useAreaI18n();
  const wording = topicWording(topic);
  const text =
    wording.title && wording.official === wording.questions
      ? t('wordingAllOfficial', { count: wording.questions })
      : wording.title || wording.official > 0
        ? t('wordingSomeOfficial', {
            parts: [wording.title ? t('wordingPartTitle') : '', wording.official > 0 ? t('wordingPartQuestions', { count: wording.official, total: wording.questions }) : '']
              .filter(Boolean)
              .join(t('wordingAnd')),
          })
        : t('wordingNoneOfficial');
  // One line, the details on request: in full on every topic it was clutter (issue #30).
  return (
    <details class="hint translation-notice">
      <summary>{t('wordingSummary')}</summary>
      <p>{text}</p>
    </details>
  );
}
