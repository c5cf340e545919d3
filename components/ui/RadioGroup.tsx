import { useId } from 'preact/hooks';

interface Props<V extends string> {
  legend: string;
  hint?: string;
  name: string;
  options: Array<[V, string]>;
  value: V;
  onChange: (value: V) => void;
  /** Options side by side (short labels), instead of one per line. */
  inline?: boolean;
}

/** A fieldset of radio buttons with a legend: one choice among a few, reachable with the arrow keys. */
export function RadioGroup<V extends string>({ legend, hint, name, options, value, onChange, inline = false }: Props<V>) {
  const hintId = useId();
  return (
    <fieldset class={inline ? 'inline-choices' : undefined} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {options.map(([optionValue, label]) => (
        <label key={optionValue} class="choice">
          <input type="radio" name={name} value={optionValue} checked={value === optionValue} onChange={() => onChange(optionValue)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
