import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { buildDocument } from '../../lib/export/document';
import { defaultSelection, sectionOnly, selectSummary, type EntryKind, type Summary, type SummaryEntry } from '../../lib/export/summary';
import type { MessageKey } from '../../lib/i18n';
import { DocumentPreview } from './DocumentPreview';
import { useAreaI18n } from '../ui/i18n';

export type DownloadFormat = 'docx' | 'markdown' | 'text';

interface Props {
  candidates: Summary;
  /** The official forms this summary is pasted into: the staff category's and the plan's. */
  forms: Array<{ label: string; url: string }>;
  onCopy: (summary: Summary, scope: 'all' | 'section') => Promise<void>;
  onDownload: (summary: Summary, format: DownloadFormat) => Promise<string>;
  onPrint: (included: string[]) => void;
  /** What goes to the other party from the same choice (the employee's shared points, the manager's outcome). */
  send?: (included: ReadonlySet<string>) => ComponentChildren;
  /** Opened as the next step (sending the other party their file): that card first, the rest of the export after it. */
  sendFirst?: boolean;
  onBack: () => void;
}

const KIND_LABEL: Record<EntryKind, MessageKey> = {
  conclusion: 'entryConclusion',
  question: 'entryQuestion',
  point: 'entryPoint',
  goal: 'entryGoal',
  answer: 'entryAnswer',
  selfAssessment: 'entrySelfAssessment',
  meetingNote: 'entryMeetingNote',
};

function EntryChoice({ entry, checked, onChange }: { entry: SummaryEntry; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useAreaI18n();
  return (
    <li>
      <label class="choice">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
        <span>
          <span class="tag">{t(KIND_LABEL[entry.kind])}</span>
          {entry.private && <span class="badge">{t('entryPrivate')}</span>}
          {entry.sensitive && <span class="badge">{t('entrySensitive')}</span>} <span class="entry-text">{entry.text}</span>
        </span>
      </label>
    </li>
  );
}

/** The export: choose what to include, see exactly what will be exported, then copy, download or print it. */
export function ExportView({ candidates, forms, onCopy, onDownload, onPrint, send, sendFirst = false, onBack }: Props) {
  const { t } = useAreaI18n();
  const [included, setIncluded] = useState<ReadonlySet<string>>(() => defaultSelection(candidates));
  /** What the last action did, said where it was taken (the top buttons, a topic, the plan). */
  const [status, setStatus] = useState<{ text: string; error: boolean; place: string } | null>(null);
  const summary = useMemo(() => selectSummary(candidates, included), [candidates, included]);
  const blocks = useMemo(() => buildDocument(summary), [summary]);
  const written = candidates.sections.filter((section) => section.entries.length > 0);
  const unwritten = candidates.sections.filter((section) => section.entries.length === 0);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(included);
    if (on) next.add(id);
    else next.delete(id);
    setIncluded(next);
  };
  const run = async (action: () => Promise<string>, place = 'top') => {
    try {
      setStatus({ text: await action(), error: false, place });
    } catch (error) {
      setStatus({ text: t('exportCopyFailed', { detail: error instanceof Error ? error.message : String(error) }), error: true, place });
    }
  };
  const copy = (target: Summary, scope: 'all' | 'section', place = 'top') => run(async () => (await onCopy(target, scope), t('exportCopied')), place);
  // Announced, and shown beside the button that was used (issue #19: the share's confirmation was 1,400 px above it).
  const statusAt = (place: string) => (
    <p role="status" aria-live="polite" class={status?.place === place && status.error ? 'export-status export-status--error' : 'export-status'}>
      {status?.place === place ? status.text : ''}
    </p>
  );

  return (
    <section class="export stack" aria-labelledby="export-heading">
      <h1 id="export-heading">{t('exportHeading')}</h1>
      {sendFirst && send?.(included)}
      <p class="hint">{t('exportIntro')}</p>
      {/* A decision, said where it applies (issue #19): meeting notes are the manager's own, the form takes the conclusions. */}
      {candidates.sections.some((section) => section.entries.some((entry) => entry.kind === 'meetingNote')) && <p class="hint">{t('exportMeetingNotesHint')}</p>}
      {forms.length > 0 && (
        <nav aria-label={t('officialForms')}>
          <p class="meta">{t('officialForms')}:</p>
          <ul class="form-links">
            {forms.map((form) => (
              <li key={form.url + form.label}>
                <a href={form.url} target="_blank" rel="noopener noreferrer">
                  {form.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div class="actions">
        {/* Not the screen's main button when the outcome to send comes first (issue #30). */}
        <button type="button" class={sendFirst ? undefined : 'primary'} onClick={() => copy(summary, 'all')}>
          {t('exportCopyAll')}
        </button>
        <button type="button" onClick={() => run(async () => t('exportDownloaded', { file: await onDownload(summary, 'docx') }))}>
          {t('exportDownloadDocx')}
        </button>
        <button type="button" class="secondary" onClick={() => run(async () => t('exportDownloaded', { file: await onDownload({ ...summary, sections: [] }, 'docx') }))}>
          {t('exportDownloadPlan')}
        </button>
        <button type="button" class="secondary" onClick={() => run(async () => t('exportDownloaded', { file: await onDownload(summary, 'markdown') }))}>
          {t('exportDownloadMarkdown')}
        </button>
        <button type="button" class="secondary" onClick={() => run(async () => t('exportDownloaded', { file: await onDownload(summary, 'text') }))}>
          {t('exportDownloadText')}
        </button>
        <button type="button" class="secondary" onClick={() => onPrint([...included])}>
          {t('exportPrint')}
        </button>
      </div>
      {statusAt('top')}

      <h2>{t('exportChoose')}</h2>
      {written.map((section) => (
        <section class="export-topic" key={section.topicId} aria-labelledby={`export-${section.topicId}`}>
          <div class="section-head">
            <h3 id={`export-${section.topicId}`}>
              {section.number}. {section.title}
            </h3>
            <button type="button" class="small" onClick={() => copy(sectionOnly(summary, section.topicId), 'section', section.topicId)}>
              {t('exportCopyTopic', { number: section.number })}
            </button>
          </div>
          {statusAt(section.topicId)}
          <ul class="entry-choices">
            {section.entries.map((entry) => (
              <EntryChoice key={entry.id} entry={entry} checked={included.has(entry.id)} onChange={(on) => toggle(entry.id, on)} />
            ))}
          </ul>
        </section>
      ))}
      {/* Issue #19's walk: seven headings, each with a copy button and "nothing written", made a fresh export 3,000 px tall. */}
      {unwritten.length > 0 && <p class="empty">{t('exportNothingIn', { topics: unwritten.map((section) => `${section.number}. ${section.title}`).join(' · ') })}</p>}
      {summary.plan.length > 0 && (
        <>
          <button type="button" class="small" onClick={() => copy({ ...summary, sections: [] }, 'section', 'plan')}>
            {t('exportCopyPlan')}
          </button>
          {statusAt('plan')}
        </>
      )}

      {!sendFirst && send?.(included)}

      {/* The choices above say what goes; the whole document is one click away rather than 1,000 px of the panel. */}
      <details class="preview-disclosure">
        <summary>
          <h2>{t('exportPreview')}</h2>
        </summary>
        <div class="preview" data-testid="export-preview">
          <DocumentPreview blocks={blocks} />
        </div>
      </details>
      <button type="button" class="secondary" onClick={onBack}>
        {t('backToDialogue')}
      </button>
    </section>
  );
}
