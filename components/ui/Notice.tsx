import type { GuideNotice } from '../../lib/guide/types';

/**
 * A note from the guide beside a topic: salary belongs in a separate interview, where to report harassment. Where
 * to get help stays open; the others open on request (issue #30: at 420 px a topic was 2,500 px tall).
 */
export function Notice({ notice }: { notice: GuideNotice }) {
  const body = (
    <>
      <p>{notice.text}</p>
      {notice.link && (
        <p>
          <a href={notice.link.url} target="_blank" rel="noopener noreferrer">
            {notice.link.label}
          </a>
        </p>
      )}
    </>
  );
  return (
    <aside class={`notice notice--${notice.kind}`} aria-label={notice.title}>
      {notice.kind === 'harassment' ? (
        <>
          <h3>{notice.title}</h3>
          {body}
        </>
      ) : (
        <details>
          <summary>
            <h3>{notice.title}</h3>
          </summary>
          {body}
        </details>
      )}
    </aside>
  );
}
