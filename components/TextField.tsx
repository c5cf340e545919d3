import { useId } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  hideLabel?: boolean;
  type?: 'text' | 'date' | 'password';
  autoFocus?: boolean;
  name?: string;
}

/** A labelled text input or auto-growing text area, with an optional hint tied to it for screen readers. */
export function TextField({ label, value, onInput, hint, multiline = true, hideLabel = false, type = 'text', autoFocus, name }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    name,
    value,
    autoFocus,
    'aria-describedby': hintId,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={2} {...common} />
      ) : type === 'date' ? (
        <input type="date" {...common} />
      ) : type === 'password' ? (
        <input type="password" autoComplete="new-password" {...common} />
      ) : (
        <input type="text" {...common} />
      )}
    </div>
  );
}
