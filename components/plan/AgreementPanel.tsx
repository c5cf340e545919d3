import '../ui/areas.css';
import { useState } from 'preact/hooks';
import type { Dialogue } from '../../lib/domain/schema';
import { formatDate } from '../../lib/i18n';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  dialogue: Dialogue;
  today: string;
  onAcknowledge: (party: 'employee' | 'manager', acknowledgement: { name: string; date: string } | null) => void;
}

/** Both parties record that they agree to the plan: names and date (an acknowledgement, not a signature). */
export function AgreementPanel({ dialogue, today, onAcknowledge }: Props) {
  const { t, language } = useAreaI18n();
  // A party whose name the dialogue does not have (the employee's own name is optional when starting one) types
  // it here: before, the button stayed disabled as "Record agreement: Employee …" with no way on (issue #19's walk).
  const [typed, setTyped] = useState<Record<'employee' | 'manager', string>>({ employee: '', manager: '' });
  const nameOf = (party: 'employee' | 'manager', known: string) => known.trim() || typed[party].trim();
  const parties = [
    ['employee', dialogue.employeeName, t('responsibleEmployee')],
    ['manager', dialogue.managerName, t('responsibleManager')],
  ] as const;
  return (
    <section class="agreement" aria-labelledby="agreement-heading">
      <h3 id="agreement-heading">{t('agreementHeading')}</h3>
      <p class="hint">{t('agreementHint')}</p>
      <ul class="agreement-list">
        {parties.map(([party, name, role]) => {
          const acknowledgement = dialogue.agreement[party];
          return (
            <li key={party}>
              {acknowledgement ? (
                <>
                  <span>{t('agreedBy', { role, name: acknowledgement.name, date: formatDate(acknowledgement.date, language) })}</span>{' '}
                  <button type="button" class="link" onClick={() => onAcknowledge(party, null)}>
                    {t('agreementWithdraw', { role })}
                  </button>
                </>
              ) : (
                <div class="agreement-name">
                  {!name.trim() && (
                    <TextField label={t('agreementNameFor', { role })} multiline={false} value={typed[party]} onInput={(value) => setTyped({ ...typed, [party]: value })} name={`agreement-${party}`} />
                  )}
                  <button type="button" disabled={!nameOf(party, name)} onClick={() => onAcknowledge(party, { name: nameOf(party, name), date: today })}>
                    {t('agreementRecord', { role, name: nameOf(party, name) || '…' })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
