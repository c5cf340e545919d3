import type { OutcomeFile } from '../../lib/files/round-trip';
import type { GuideTemplate } from '../../lib/guide/types';
import { formatDate } from '../../lib/i18n';
import { ACHIEVED_LABEL, PLAN_STATUS_LABEL, RESPONSIBLE_LABEL } from '../ui/labels';
import { useAreaI18n } from '../ui/i18n';

/** Exactly what the outcome file holds, entry by entry, as the employee will see it taken in. */
export function OutcomePreview({ outcome, guide }: { outcome: OutcomeFile; guide: GuideTemplate }) {
  const { t, language } = useAreaI18n();
  const topic = (topicId: string) => guide.topics.find((each) => each.id === topicId);
  const agreed = (['employee', 'manager'] as const).flatMap((party) => {
    const ack = outcome.agreement[party];
    const role = t(party === 'employee' ? 'responsibleEmployee' : 'responsibleManager');
    return ack ? [t('exchangeAgreement', { role, name: ack.name, date: formatDate(ack.date, language) })] : [];
  });
  return (
    <details class="outcome-preview">
      <summary>{t('outcomeShowAll')}</summary>
      <ul>
        {outcome.entries.map((entry) => (
          <li key={entry.id} class="doc-text">
            <span class="tag">{t(entry.kind === 'conclusion' ? 'entryConclusion' : 'entryPoint')}</span> {topic(entry.topicId)?.number}. {topic(entry.topicId)?.title}: {entry.text}
          </li>
        ))}
        {outcome.plan.map((item) => (
          <li key={item.key} class="doc-text">
            <span class="tag">{t('exchangeKindPlan')}</span> {item.text} ({[t(RESPONSIBLE_LABEL[item.responsible]), item.due ? formatDate(item.due, language) : '', t(PLAN_STATUS_LABEL[item.status])].filter(Boolean).join(', ')})
          </li>
        ))}
        {outcome.reviews.map((review) => (
          <li key={review.id} class="doc-text">
            <span class="tag">{t('exchangeKindReview')}</span> {review.reviewedText}: {[review.achieved ? t(ACHIEVED_LABEL[review.achieved]) : '', review.text].filter(Boolean).join(' – ')}
          </li>
        ))}
        {agreed.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
