import { useEffect, useRef } from 'preact/hooks';
import type { Conflict } from '../../lib/state/window-conflicts';
import type { Item } from '../../lib/domain/schema';
import { ITEM_TEXT_FIELDS } from '../../lib/domain/values';
import { useAreaI18n } from '../ui/i18n';

/** An item's words, every text field of it that holds any, one per line. */
const wordsOf = (item: Item): string =>
  ITEM_TEXT_FIELDS.map((field) => (item as Record<string, unknown>)[field])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');

interface Props {
  conflict: Conflict;
  onResolve: (keep: 'mine' | 'theirs') => void;
}

/**
 * A note this panel could not write because another window changed or removed it (or deleted its dialogue):
 * both versions side by side, and the user chooses (issue #16). Until then nothing is written over the other.
 */
export function ConflictNotice({ conflict, onResolve }: Props) {
  const { t } = useAreaI18n();
  const notice = useRef<HTMLElement>(null);
  // A deleted dialogue takes the field being typed in with it: the focus (and any key still pressed) comes here, to
  // the words kept, instead of to nothing. A field that is still there keeps its focus.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    (notice.current?.querySelector('textarea') ?? notice.current)?.focus();
  }, []);
  const message = {
    changed: t('conflictChanged'),
    removed: t('conflictRemoved'),
    dialogueDeleted: conflict.mine ? t('conflictDialogueDeletedTyping') : t('conflictDialogueDeleted'),
  }[conflict.kind];
  const version = (label: string, item: Item) => (
    <label class="field">
      <span>{label}</span>
      <textarea readOnly rows={3} value={wordsOf(item)} />
    </label>
  );
  return (
    <section ref={notice} tabIndex={-1} class="problem conflict" role="alert" aria-label={message}>
      <p>{message}</p>
      {conflict.mine && version(t('conflictMine'), conflict.mine)}
      {conflict.theirs && version(t('conflictTheirs'), conflict.theirs)}
      <div class="actions">
        {conflict.kind !== 'dialogueDeleted' && (
          <button type="button" onClick={() => onResolve('mine')}>
            {conflict.kind === 'removed' ? t('conflictAddAgain') : t('conflictKeepMine')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => onResolve('theirs')}>
          {conflict.kind === 'changed' ? t('conflictUseTheirs') : conflict.mine ? t('conflictLetGo') : t('dismissNotice')}
        </button>
      </div>
    </section>
  );
}
