import { useId } from 'preact/hooks';

interface Props {
  label: string;
  accept: string;
  id?: string;
  onText?: (text: string) => void | Promise<void>;
  /** The file itself, not read here (a large backup is read off the panel's thread). */
  onFile?: (file: File) => void | Promise<void>;
  /** The user is about to choose a file (what reads it can get ready meanwhile). */
  onPrepare?: () => void;
}

/** A labelled file picker that hands over the file (or its text). Cleared after reading, so the same file can be picked again. */
export function FileField({ label, accept, id, onText, onFile, onPrepare }: Props) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        onFocus={onPrepare}
        onPointerDown={onPrepare}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file && onFile) await onFile(file);
          else if (file && onText) await onText(await file.text());
        }}
      />
    </div>
  );
}
