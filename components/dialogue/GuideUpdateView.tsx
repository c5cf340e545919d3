import type { GuidePageDifference } from '../../lib/domain/settings-records';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  url: string;
  pending: GuidePageDifference[];
  onChoose: (wording: Record<string, string>) => void;
  onBack: () => void;
}

/** Questions UiO's page words differently (or has anew): the user picks, per question or for all. */
export function GuideUpdateView({ url, pending, onChoose, onBack }: Props) {
  const { t } = useAreaI18n();
  return (
    <section class="stack" aria-labelledby="guide-update-heading">
      <h1 id="guide-update-heading">{t('guideUpdateHeading')}</h1>
      <p class="hint">{t('guideUpdateIntro', { url })}</p>
      {pending.length === 0 ? (
        <p class="empty">{t('guideUpdateNone')}</p>
      ) : (
        <button type="button" class="primary" onClick={() => onChoose(Object.fromEntries(pending.map((d) => [d.questionId, d.pageText])))}>
          {t('guideUpdateUseAll')}
        </button>
      )}
      <ul class="dialogue-list">
        {pending.map((difference) => (
          <li key={difference.questionId} class="card" data-question-id={difference.questionId}>
            <dl class="wording">
              <dt>{difference.bundledText === null ? t('guideUpdateNew') : t('guideUpdateOurs')}</dt>
              <dd>{difference.bundledText ?? '—'}</dd>
              <dt>{t('guideUpdatePage')}</dt>
              <dd>{difference.pageText}</dd>
            </dl>
            <div class="actions">
              <button type="button" onClick={() => onChoose({ [difference.questionId]: difference.pageText })} aria-label={`${t('guideUpdateUse')}: ${difference.pageText}`}>
                {t('guideUpdateUse')}
              </button>
              <button type="button" class="secondary" onClick={() => onChoose({ [difference.questionId]: '' })} aria-label={`${t('guideUpdateKeep')}: ${difference.bundledText ?? difference.pageText}`}>
                {t('guideUpdateKeep')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={onBack}>
        {t('back')}
      </button>
    </section>
  );
}
