import { nextStep, pastTheMeeting } from '../../lib/domain/next-step';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { ExportServices } from '../../lib/export/services';
import { buildPlanUpdateFile, PLAN_UPDATE_FORMAT, sentPlanItems, withPassphrase } from '../../lib/files/outgoing';
import type { Store } from '../../lib/state/store';
import { useAreaI18n } from '../ui/i18n';
import { SendCard } from './SendCard';

interface Props {
  store: Store;
  open: OpenDialogue;
  exporter: ExportServices;
  today: () => string;
}

/**
 * Following up through the year (issue #18): either party sends the plan as it stands on their side (each item's
 * status and comment, with when each changed) and their own agreement; the other takes it in.
 */
export function PlanUpdateCard({ store, open, exporter, today }: Props) {
  const { t } = useAreaI18n();
  const { dialogue } = open;
  const isManager = dialogue.role === 'manager';
  const name = isManager ? dialogue.employeeName : dialogue.managerName;
  // Before the meeting the manager's plan is a draft: the outcome carries it (issue #30).
  if (isManager && !pastTheMeeting(nextStep(dialogue, open.items))) return null;
  const sent = sentPlanItems(dialogue, open.items);
  // A plan the manager emptied still has news for the employee: the items removed (issue #29).
  const removed = isManager ? (dialogue.removedPlanItems ?? []).length : 0;
  if (sent.length === 0 && removed === 0) {
    // The employee's items come with the manager's outcome; until then there is nothing both keep.
    return isManager ? null : <p class="hint">{t('planUpdateNothing')}</p>;
  }
  const send = async (passphrase: string | null, deliver: (json: string) => Promise<string>) => {
    await store.flush();
    const current = store.openDialogue.value?.dialogue.id === dialogue.id ? store.openDialogue.value : open;
    return deliver(await withPassphrase(JSON.stringify(buildPlanUpdateFile(current.dialogue, current.items), null, 2), PLAN_UPDATE_FORMAT, passphrase));
  };
  const fileName = `samtale-plan-update-${today()}.json`;
  return (
    <SendCard
      id="plan-update"
      headingLevel={3}
      heading={t('planUpdateHeading')}
      hint={isManager ? t('planUpdateHintManager', { name }) : t('planUpdateHintEmployee', { name })}
      fileLabel={t('planUpdateFile', { name })}
      copyLabel={t('planUpdateCopy', { name })}
      onFile={(passphrase) => send(passphrase, async (json) => t('planUpdateSaved', { name, file: await exporter.saveText(json, fileName, 'application/json') }))}
      onCopy={(passphrase) => send(passphrase, async (json) => (await exporter.copyText(json), t('planUpdateCopied', { name })))}
    />
  );
}
