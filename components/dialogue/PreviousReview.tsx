import '../ui/areas.css';
import type { ItemChanges } from '../../lib/domain/dialogues';
import type { GuideTemplate } from '../../lib/guide/types';
import { formatDate } from '../../lib/i18n';
import type { Dialogue, Item, ItemOf } from '../../lib/domain/schema';
import { ACHIEVED_LABEL, optionsOf } from '../ui/labels';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  previous: { dialogue: Dialogue; items: Item[] };
  previousGuide: GuideTemplate;
  /** This dialogue's reviews of last year's plan items, and the items carried over from it. */
  reviewFor: (planItem: ItemOf<'plan'>) => ItemOf<'review'>;
  carriedOver: ReadonlySet<string>;
  onReview: (review: ItemOf<'review'>, changes: ItemChanges) => void;
  onCarryOver: (planItem: ItemOf<'plan'>, carry: boolean) => void;
  /** The other party's review of an item (the manager's, in the outcome the employee took in). */
  theirReview?: (planItem: ItemOf<'plan'>) => ItemOf<'review'> | undefined;
}

/** Topic 1 with continuity: last dialogue's conclusions, and each plan item: achieved or not, why, carried over. */
export function PreviousReview({ previous, previousGuide, reviewFor, carriedOver, onReview, onCarryOver, theirReview }: Props) {
  const { t, language } = useAreaI18n();
  const conclusions = previous.items.filter((item) => item.kind === 'conclusion' && item.text.trim() !== '');
  const planItems = previous.items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan' && item.text.trim() !== '');
  const topicTitle = (topicId: string) => previousGuide.topics.find((topic) => topic.id === topicId)?.title ?? topicId;
  return (
    <section class="previous-review" aria-labelledby="previous-review-heading">
      <h3 id="previous-review-heading">
        {t('previousDialogueOf', { date: previous.dialogue.plannedDate ? formatDate(previous.dialogue.plannedDate, language) : t('dialogueNoDate') })}
      </h3>
      {conclusions.length > 0 && (
        <>
          <h4>{t('previousConclusions')}</h4>
          <ul>
            {conclusions.map((item) => (
              <li key={item.id} class="doc-text">
                <strong>{topicTitle(item.topicId)}:</strong> {item.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('previousPlan')}</h4>
      {planItems.length === 0 && <p class="empty">{t('previousPlanEmpty')}</p>}
      <ol class="review-list">
        {planItems.map((planItem) => {
          const review = reviewFor(planItem);
          const theirs = theirReview?.(planItem);
          return (
            <li key={planItem.id} class="card" data-reviewed-item={planItem.id}>
              <p class="doc-text">
                <strong>{planItem.text}</strong>
                {planItem.due && ` (${t('planDueOn', { date: formatDate(planItem.due, language) })})`}
              </p>
              {theirs && (
                <blockquote class="from-other">
                  <p class="meta">{t('exchangeFromMeeting', { name: theirs.origin!.by })}</p>
                  <p class="doc-text">{[theirs.achieved ? t(ACHIEVED_LABEL[theirs.achieved]) : '', theirs.text].filter(Boolean).join(' – ')}</p>
                </blockquote>
              )}
              <RadioGroup
                inline
                legend={t('reviewAchieved')}
                name={`achieved-${planItem.id}`}
                options={optionsOf(ACHIEVED_LABEL, t)}
                value={review.achieved ?? ('' as 'yes')}
                onChange={(achieved) => onReview(review, { achieved } as ItemChanges)}
              />
              <TextField label={t('reviewWhy')} value={review.text} onInput={(text) => onReview(review, { text })} />
              <label class="choice">
                <input type="checkbox" checked={carriedOver.has(planItem.id)} onChange={(event) => onCarryOver(planItem, event.currentTarget.checked)} />
                {t('carryOver')}
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
