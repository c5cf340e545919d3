import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props<T extends { id: string }> {
  heading: string;
  hint?: string;
  empty?: string;
  items: T[];
  addLabel: string;
  removeLabel: (number: number) => string;
  onAdd: () => void;
  onRemove: (id: string) => void;
  renderItem: (item: T, number: number) => ComponentChildren;
}

/** A heading, a list of editable entries with a remove button each, and an add button: own points, goals, plan items. */
export function ItemListEditor<T extends { id: string }>({ heading, hint, empty, items, addLabel, removeLabel, onAdd, onRemove, renderItem }: Props<T>) {
  const list = useRef<HTMLOListElement>(null);
  const count = useRef(items.length);
  // After "add", move focus into the new entry so keyboard users can type straight away (its fields may load
  // a moment later: then as soon as they appear, however slow the machine, unless the user has moved on).
  useEffect(() => {
    const added = items.length > count.current;
    count.current = items.length;
    const root = list.current;
    if (!added || !root) return;
    const focusField = () => {
      const field = root.querySelector<HTMLElement>('li:last-child textarea, li:last-child input');
      field?.focus();
      return field !== null;
    };
    if (focusField()) return;
    const stop = () => {
      observer.disconnect();
      removeEventListener('focusin', stop);
    };
    const observer = new MutationObserver(() => focusField() && stop());
    observer.observe(root, { childList: true, subtree: true });
    // The user's own move of focus (by key or click) wins over the field that has not appeared yet.
    addEventListener('focusin', stop);
    return stop;
  }, [items.length]);
  return (
    <section class="item-list">
      <h3>{heading}</h3>
      {hint && <p class="hint">{hint}</p>}
      {items.length === 0 && empty && <p class="empty">{empty}</p>}
      <ol ref={list}>
        {items.map((item, index) => (
          <li key={item.id} class="card" data-item-id={item.id}>
            {renderItem(item, index + 1)}
            <button type="button" class="secondary small" onClick={() => onRemove(item.id)}>
              {removeLabel(index + 1)}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onAdd}>
        {addLabel}
      </button>
    </section>
  );
}
