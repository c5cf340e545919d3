import { useEffect, useId, useState } from 'preact/hooks';
import { EARLIEST_DATE, isStorableDate, LATEST_DATE, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../../lib/domain/values';
import { useI18n } from './i18n';

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

/** The counter appears when this share of a field's limit is used. */
const COUNTER_FROM = 0.9;

/**
 * A labelled text input or auto-growing text area, with an optional hint tied to it for screen readers. It keeps
 * the rules of lib/domain/values.ts where the user types: a one-line field holds at most 200 characters, a text
 * area shows how much is left near its limit (the store refuses more, with a message), and a date outside 1900–
 * 2199 (a date field accepts a five-digit year) is never passed on: the field says so when the user leaves it.
 */
export function TextField({ label, value, onInput, hint, multiline = true, hideLabel = false, type = 'text', autoFocus, name }: Props) {
  const { t } = useI18n();
  const id = useId();
  // A date field passes on only storable dates, but shows what the user types (a year is typed digit by digit,
  // "0002", "0020", …): its own text until a storable date or the stored value takes over; judged on leaving it.
  const [typedDate, setTypedDate] = useState<string | null>(null);
  const [leftField, setLeftField] = useState(false);
  useEffect(() => {
    if (typedDate !== null && (typedDate === '' || isStorableDate(typedDate))) setTypedDate(null);
  }, [value]);
  const badDate = leftField && typedDate !== null && typedDate !== '' && !isStorableDate(typedDate);
  const limit = type === 'text' ? (multiline ? MAX_TEXT_LENGTH : MAX_SHORT_TEXT_LENGTH) : null;
  const left = limit !== null && value.length >= limit * COUNTER_FROM ? limit - value.length : null;
  const hintId = hint ? `${id}-hint` : undefined;
  const counterId = left !== null ? `${id}-left` : undefined;
  const errorId = badDate ? `${id}-error` : undefined;
  const common = {
    id,
    name,
    value,
    autoFocus,
    'aria-describedby': [hintId, counterId, errorId].filter(Boolean).join(' ') || undefined,
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
        <input
          type="date"
          min={EARLIEST_DATE}
          max={LATEST_DATE}
          aria-invalid={badDate || undefined}
          {...common}
          value={typedDate ?? value}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            setTypedDate(typed);
            if (typed === '' || isStorableDate(typed)) onInput(typed);
          }}
          onFocus={() => setLeftField(false)}
          onBlur={() => setLeftField(true)}
        />
      ) : type === 'password' ? (
        <input type="password" autoComplete="new-password" {...common} />
      ) : (
        <input type="text" maxLength={limit ?? undefined} {...common} />
      )}
      {left !== null && (
        <p class="hint" id={counterId} aria-live="polite">
          {t('charactersLeft', { count: Math.max(left, 0) })}
        </p>
      )}
      {badDate && (
        <p class="field-error" id={errorId} role="alert">
          {t('dateOutOfRange')}
        </p>
      )}
    </div>
  );
}
