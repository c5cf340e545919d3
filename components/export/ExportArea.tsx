import '../ui/areas.css';
import { selectSummary, summaryCandidates } from '../../lib/export/summary';
import { buildOutcomeFile, OUTCOME_FORMAT, withPassphrase } from '../../lib/files/outgoing';
import { sharedEntriesOf } from '../../lib/files/share-entries';
import { OutcomePreview } from '../exchange/OutcomePreview';
import { SendCard } from '../exchange/SendCard';
import type { DialogueAreaProps } from '../panel/area-props';
import { useAreaI18n } from '../ui/i18n';
import { ExportView } from './ExportView';

/**
 * The export of one dialogue: preview, clipboard, files, print; and from the same choice, what goes to the other
 * party: the employee's shared points for their manager, the manager's outcome for the employee.
 */
export function ExportArea({ store, route, open, exporter, today }: DialogueAreaProps) {
  const { t } = useAreaI18n();
  const candidates = summaryCandidates(open.dialogue, open.guide, open.items);
  const { dialogue } = open;
  const sendFirst = route.name === 'export' && route.send === true;
  const fileName = (kind: string) => `samtale-${kind}-${dialogue.plannedDate ?? today()}.json`;

  const shareCard = (included: ReadonlySet<string>) => {
    const count = sharedEntriesOf(candidates, included).length;
    const shareJson = async (passphrase: string | null) => {
      const { buildSharedFile, SHARE_FORMAT } = await import('../../lib/files/share');
      return withPassphrase(JSON.stringify(buildSharedFile(dialogue, candidates, included), null, 2), SHARE_FORMAT, passphrase);
    };
    return (
      <SendCard
        focusFirst={sendFirst}
        id="share"
        heading={t('shareHeading')}
        hint={t('shareHint')}
        whatGoes={count === 0 ? t('shareNothingTicked') : t('shareWhatGoes', { count })}
        nothingToSend={count === 0}
        fileLabel={t('shareFile')}
        copyLabel={t('shareCopy')}
        onFile={async (passphrase) => t('shareSaved', { file: await exporter.saveText(await shareJson(passphrase), fileName('shared'), 'application/json') })}
        onCopy={async (passphrase) => (await exporter.copyText(await shareJson(passphrase)), t('shareCopied'))}
      />
    );
  };

  const outcomeCard = (included: ReadonlySet<string>) => {
    const name = dialogue.employeeName;
    const outcome = () => buildOutcomeFile(dialogue, open.items, selectSummary(candidates, included), open.previous?.items ?? []);
    const preview = outcome();
    // Every edit written first: the file carries what is stored.
    const send = async (passphrase: string | null, deliver: (json: string) => Promise<string>) => {
      await store.flush();
      return deliver(await withPassphrase(JSON.stringify(outcome(), null, 2), OUTCOME_FORMAT, passphrase));
    };
    return (
      <SendCard
        focusFirst={sendFirst}
        id="outcome"
        heading={t('outcomeHeading', { name })}
        hint={t('outcomeHint', { name })}
        whatGoes={t('outcomeWhatGoes', {
          conclusions: t('outcomeConclusions', { count: preview.entries.length }),
          plan: t('outcomePlanItems', { count: preview.plan.length }),
          reviews: t('outcomeReviews', { count: preview.reviews.length }),
        })}
        preview={<OutcomePreview outcome={preview} guide={open.guide} />}
        fileLabel={t('outcomeFile', { name })}
        copyLabel={t('outcomeCopy', { name })}
        onFile={(passphrase) => send(passphrase, async (json) => t('outcomeSaved', { name, file: await exporter.saveText(json, fileName('outcome'), 'application/json') }))}
        onCopy={(passphrase) => send(passphrase, async (json) => (await exporter.copyText(json), t('outcomeCopied', { name })))}
      />
    );
  };

  return (
    <ExportView
      key={dialogue.id}
      candidates={candidates}
      forms={open.guide.forms.filter((form) => form.for === dialogue.staffCategory || form.for === 'followUpPlan')}
      onCopy={(summary, scope) => exporter.copy(summary, { bare: scope === 'section' })}
      onDownload={(summary, format) => exporter.download(summary, format)}
      onPrint={(included) => exporter.print({ dialogueId: dialogue.id, included, autoPrint: true })}
      send={dialogue.role === 'employee' ? shareCard : outcomeCard}
      sendFirst={sendFirst}
      onBack={() => store.navigate({ ...route, name: 'dialogue' })}
    />
  );
}
