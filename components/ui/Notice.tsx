import type { GuideNotice } from '../../lib/guide/types';

/** A note from the guide beside a topic: salary belongs in a separate interview, where to report harassment. */
export function Notice({ notice }: { notice: GuideNotice }) {
  return (
    <aside class={`notice notice--${notice.kind}`} aria-label={notice.title}>
      <h3>{notice.title}</h3>
      <p>{notice.text}</p>
      {notice.link && (
        <p>
          <a href={notice.link.url} target="_blank" rel="noopener noreferrer">
            {notice.link.label}
          </a>
        </p>
      )}
    </aside>
  );
}
