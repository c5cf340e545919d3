import { useId, useState } from 'preact/hooks';
import { useAreaI18n } from './i18n';

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

/**
 * A labelled file picker that hands over the file (or its text). Cleared after reading, so the same file can be
 * picked again; the browser's own field then says "No file chosen", so the file's name is said beside it (issue #30).
 */
export function FileField({ label, accept, id, onText, onFile, onPrepare }: Props) {
  const { t } = useAreaI18n();
  const generated = useId();
  const inputId = id ?? generated;
  const [chosen, setChosen] = useState('');
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        aria-describedby={chosen ? `${inputId}-chosen` : undefined}
        onFocus={onPrepare}
        onPointerDown={onPrepare}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) setChosen(file.name);
          if (file && onFile) await onFile(file);
          else if (file && onText) await onText(await file.text());
        }}
      />
      {chosen && (
        <p class="meta" id={`${inputId}-chosen`}>
          {t('fileChosen', { name: chosen })}
        </p>
      )}
    </div>
  );
}
