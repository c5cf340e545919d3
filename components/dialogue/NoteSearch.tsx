import { useId, useRef, useState } from 'preact/hooks';
import { MIN_QUERY_LENGTH, type SearchResult } from '../../lib/search/note-index';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  onSearch: (query: string) => Promise<SearchResult>;
  /** Whose dialogue, and when: the line that says where a note was written. */
  describeDialogue: (dialogueId: string) => string;
  onOpen: (dialogueId: string, topicId: string) => void;
}

/** Search as you type over every note of every dialogue, on this device; a result opens its dialogue at its topic. */
export function NoteSearch({ onSearch, describeDialogue, onOpen }: Props) {
  const { t } = useAreaI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const latest = useRef('');

  const search = (value: string) => {
    setQuery(value);
    latest.current = value;
    void onSearch(value).then((found) => latest.current === value && setResult(found));
  };

  const shown = result && result.query === query && query.trim().length >= MIN_QUERY_LENGTH ? result : null;
  const status = !shown
    ? ''
    : shown.total === 0
      ? t('searchNone', { query: query.trim() })
      : shown.total > shown.hits.length
        ? t('searchSomeOf', { count: shown.total, shown: shown.hits.length })
        : t('searchCount', { count: shown.total });

  return (
    <section role="search" aria-labelledby={`${id}-heading`} class="note-search">
      <h2 id={`${id}-heading`}>{t('searchHeading')}</h2>
      <label for={id} class="visually-hidden">
        {t('searchHeading')}
      </label>
      <input id={id} type="search" value={query} aria-describedby={`${id}-hint`} autocomplete="off" spellcheck={false} onInput={(event) => search(event.currentTarget.value)} />
      <p class="hint" id={`${id}-hint`}>
        {t('searchHint')}
      </p>
      <p role="status" class="search-status" data-query={shown?.query ?? ''}>
        {status}
      </p>
      {shown && shown.hits.length > 0 && (
        <ul class="search-results">
          {shown.hits.map((hit) => (
            <li key={hit.itemId}>
              <button type="button" class="link" onClick={() => onOpen(hit.dialogueId, hit.topicId)}>
                {describeDialogue(hit.dialogueId)}
              </button>{' '}
              <span class="meta">{t('searchTopic', { number: hit.topicId.slice(1) })}</span>
              {hit.by && <span class="tag">{t('sharedBy', { name: hit.by })}</span>}
              <p class="snippet">
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
