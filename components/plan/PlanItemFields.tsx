import { todayIso, type ItemChanges } from '../../lib/domain/dialogues';
import { formatDate } from '../../lib/i18n';
import { optionsOf, PLAN_STATUS_LABEL, RESPONSIBLE_LABEL } from '../ui/labels';
import type { ItemOf } from '../../lib/domain/schema';
import { RadioGroup } from '../ui/RadioGroup';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

type PlanItem = ItemOf<'plan'>;

interface Props {
  item: PlanItem;
  number: number;
  onEdit: (changes: ItemChanges) => void;
  /** After the meeting: one line (what, who, by when, status) that opens to edit (issue #30: two items were 1,000 px). */
  folded?: boolean;
}


/** One agreed item of the follow-up and development plan: what, who, by when, judged how, and its status. */
export function PlanItemFields({ item, number, onEdit, folded = false }: Props) {
  const { t, language } = useAreaI18n();
  const edit = (changes: Partial<PlanItem>) => onEdit(changes as ItemChanges);
  const fields = (
    <fieldset class="plan-item">
      <legend>{t('planItemNumber', { number })}</legend>
      <TextField label={t('planWhat')} value={item.text} onInput={(text) => edit({ text })} />
      <RadioGroup
        inline
        legend={t('planResponsible')}
        name={`responsible-${item.id}`}
        options={optionsOf(RESPONSIBLE_LABEL, t)}
        value={item.responsible}
        onChange={(responsible) => edit({ responsible })}
      />
      {item.responsible === 'other' && (
        <TextField label={t('planResponsibleName')} multiline={false} value={item.responsibleName} onInput={(responsibleName) => edit({ responsibleName })} />
      )}
      <TextField label={t('planDue')} type="date" multiline={false} value={item.due ?? ''} onInput={(due) => edit({ due: due || null })} />
      <TextField label={t('planSuccess')} value={item.successCriteria} onInput={(successCriteria) => edit({ successCriteria })} />
      <RadioGroup
        inline
        legend={t('planStatus')}
        name={`status-${item.id}`}
        options={optionsOf(PLAN_STATUS_LABEL, t)}
        value={item.status}
        onChange={(status) => edit({ status })}
      />
      {item.fieldsAt?.status && <p class="meta">{t('planStatusChanged', { date: formatDate(todayIso(new Date(item.fieldsAt.status)), language) })}</p>}
      {item.status !== 'open' && <TextField label={t('planStatusComment')} value={item.statusComment} onInput={(statusComment) => edit({ statusComment })} />}
    </fieldset>
  );
  if (!folded) return fields;
  const who = item.responsible === 'other' && item.responsibleName.trim() ? item.responsibleName : t(RESPONSIBLE_LABEL[item.responsible]);
  const facts = [who, item.due ? t('planDueOn', { date: formatDate(item.due, language) }) : '', t(PLAN_STATUS_LABEL[item.status])].filter(Boolean).join(' · ');
  return (
    <details class="plan-line">
      <summary>
        <span class="plan-line-what">
          {t('planItemNumber', { number })}: {item.text}
        </span>{' '}
        <span class="meta">{facts}</span>
      </summary>
      {fields}
    </details>
  );
}
