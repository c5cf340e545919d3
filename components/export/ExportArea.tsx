import '../ui/areas.css';
import { summaryCandidates } from '../../lib/export/summary';
import { ExportView } from './ExportView';
import type { DialogueAreaProps } from '../panel/area-props';

/** The export of one dialogue: preview, clipboard, files, print, and the employee's share with their manager. */
export function ExportArea({ store, route, open, exporter, today }: DialogueAreaProps) {
  const candidates = summaryCandidates(open.dialogue, open.guide, open.items);
  const shareJson = async (included: ReadonlySet<string>) => {
    const { buildSharedFile } = await import('../../lib/files/share');
    return JSON.stringify(buildSharedFile(open.dialogue, candidates, included), null, 2);
  };
  return (
    <ExportView
      key={open.dialogue.id}
      candidates={candidates}
      forms={open.guide.forms.filter((form) => form.for === open.dialogue.staffCategory || form.for === 'followUpPlan')}
      onCopy={(summary, scope) => exporter.copy(summary, { bare: scope === 'section' })}
      onDownload={(summary, format) => exporter.download(summary, format)}
      onPrint={(included) => exporter.print({ dialogueId: open.dialogue.id, included, autoPrint: true })}
      share={
        open.dialogue.role === 'employee'
          ? {
              toFile: async (included) => exporter.saveText(await shareJson(included), `samtale-shared-${open.dialogue.plannedDate ?? today()}.json`, 'application/json'),
              toClipboard: async (included) => exporter.copyText(await shareJson(included)),
            }
          : undefined
      }
      onBack={() => store.navigate({ ...route, name: 'dialogue' })}
    />
  );
}
