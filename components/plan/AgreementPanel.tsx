import '../ui/areas.css';
import { useState } from 'preact/hooks';
import { awaitsConfirmation, mayRecordAgreement, mayWithdrawAgreement, ownerName, partyLabel, type AgreementPlace } from '../../lib/domain/authorship';
import { planGaps, planItemsOf, type PlanGap } from '../../lib/domain/plan';
import type { Dialogue, Item, Role } from '../../lib/domain/schema';
import { formatDate, type MessageKey } from '../../lib/i18n';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  dialogue: Dialogue;
  today: string;
  /** In the meeting the manager may also note the employee's agreement as given there. */
  place: AgreementPlace;
  /** The dialogue's items: the plan's items that lack what the guide asks for are said (not required), and an
   * agreement is to a plan, so none is recorded before it has an item. */
  items: readonly Item[];
  onAcknowledge: (party: Role, acknowledgement: { name: string; date: string } | null) => void;
}

const GAP_LABEL: Record<PlanGap, MessageKey> = { who: 'planGapWho', due: 'planGapDue', success: 'planGapSuccess' };

/**
 * The agreement to the plan, by the one who agrees (issue #28): this copy records and withdraws its owner's own; the
 * other party's is shown as theirs. Names and dates: a record in Samtale, not a signature.
 */
export function AgreementPanel({ dialogue, today, place, items, onAcknowledge }: Props) {
  const { t, language } = useAreaI18n();
  // A party whose name the dialogue does not have (the employee's own name is optional when starting one) types
  // it here: before, the button stayed disabled as "Record agreement: Employee …" with no way on (issue #19's walk).
  const [typed, setTyped] = useState<Record<Role, string>>({ employee: '', manager: '' });
  const nameOf = (party: Role, known: string) => known.trim() || typed[party].trim();
  const owner = ownerName(dialogue).trim();
  const parties = [
    ['employee', dialogue.employeeName, t('responsibleEmployee')],
    ['manager', dialogue.managerName, t('responsibleManager')],
  ] as const;
  const anyoneToRecord = parties.some(([party]) => !dialogue.agreement[party] && mayRecordAgreement(dialogue.role, party, place));
  // Nothing to agree to yet (issue #30's walk: the employee was offered her agreement while preparing, to no plan).
  // An agreement already recorded stays shown, to be withdrawn if need be.
  const nothingToAgree = planItemsOf(items).length === 0 && !dialogue.agreement.employee && !dialogue.agreement.manager;
  const gaps = planGaps(items);
  return (
    <section class="agreement" aria-labelledby="agreement-heading">
      <h3 id="agreement-heading">{t('agreementHeading')}</h3>
      <p class="hint">{t(nothingToAgree ? 'agreementNoPlanYet' : 'agreementHint')}</p>
      {gaps.length > 0 && anyoneToRecord && (
        <div class="notice plan-gaps" data-testid="plan-gaps">
          <p>{t('planGapsIntro')}</p>
          <ul>
            {gaps.map((gap) => (
              <li key={gap.number}>{t('planGapItem', { number: gap.number, missing: gap.missing.map((each) => t(GAP_LABEL[each])).join(', ') })}</li>
            ))}
          </ul>
        </div>
      )}
      {!nothingToAgree && (
        <ul class="agreement-list">
          {parties.map(([party, name, role]) => {
            const acknowledgement = dialogue.agreement[party];
            const own = party === dialogue.role;
            if (acknowledgement && awaitsConfirmation(dialogue.role, party, acknowledgement)) {
              return (
                <li key={party} class="agreement-to-confirm">
                  <span>{t('agreementToConfirm', { recordedBy: acknowledgement.recordedBy!, date: formatDate(acknowledgement.date, language) })}</span>{' '}
                  <button type="button" onClick={() => onAcknowledge(party, { name: nameOf(party, name) || acknowledgement.name, date: today })}>
                    {t('agreementConfirm')}
                  </button>{' '}
                  <button type="button" class="link" onClick={() => onAcknowledge(party, null)}>
                    {t('agreementNotMine')}
                  </button>
                </li>
              );
            }
            if (acknowledgement) {
              const date = formatDate(acknowledgement.date, language);
              return (
                <li key={party}>
                  <span>
                    {acknowledgement.recordedBy
                      ? t('agreedInMeeting', { role, name: acknowledgement.name, date, recordedBy: acknowledgement.recordedBy })
                      : t('agreedBy', { role, name: acknowledgement.name, date })}
                  </span>{' '}
                  {mayWithdrawAgreement(dialogue.role, party, acknowledgement, owner) && (
                    <button type="button" class="link" onClick={() => onAcknowledge(party, null)}>
                      {own ? t('agreementWithdrawMine') : t('agreementUndoNoted', { name: acknowledgement.name })}
                    </button>
                  )}
                </li>
              );
            }
            if (!mayRecordAgreement(dialogue.role, party, place)) {
              return (
                <li key={party} class="meta">
                  {t('agreementNotYet', { who: partyLabel(role, name) })}
                </li>
              );
            }
            return (
              <li key={party}>
                <div class="agreement-name">
                  {!name.trim() && (
                    <TextField label={t('agreementNameFor', { role })} multiline={false} value={typed[party]} onInput={(value) => setTyped({ ...typed, [party]: value })} name={`agreement-${party}`} />
                  )}
                  <button type="button" disabled={!nameOf(party, name)} onClick={() => onAcknowledge(party, { name: nameOf(party, name), date: today })}>
                    {t(own ? 'agreementRecord' : 'agreementRecordInMeeting', { role, name: nameOf(party, name) || '…' })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
