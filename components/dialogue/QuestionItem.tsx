import { useEffect, useId, useState } from 'preact/hooks';
import type { GuideQuestion } from '../../lib/guide/types';
import type { Item } from '../../lib/domain/schema';
import { TextField } from '../ui/TextField';
import { useAreaI18n } from '../ui/i18n';

interface Props {
  question: GuideQuestion;
  marked: boolean;
  /** The other party marked it too, or alone (issue #28): their name, beside this copy's own mark. */
  markedBy: string | null;
  /** The other party's mark is left off the agenda (the owner's choice), and the way to change that. */
  theirMarkOff: boolean;
  onTheirMarkOff: (off: boolean) => void;
  /** The other party's note on it, as they shared it: shown as theirs. */
  theirNote: Item | null;
  note: string;
  onMark: (marked: boolean) => void;
  onNote: (text: string) => void;
}

/** One example question: a box to mark it for the dialogue and a private note, opened on demand. */
export function QuestionItem({ question, marked, markedBy, theirMarkOff, onTheirMarkOff, theirNote, note, onMark, onNote }: Props) {
  const { t } = useAreaI18n();
  // The box shows the user's click at once and keeps showing it until the stored mark agrees: a render in between
  // (another write, a slow machine) would otherwise put the old state back under the pointer (issue #27).
  const [clicked, setClicked] = useState<boolean | null>(null);
  useEffect(() => {
    if (clicked === marked) setClicked(null);
  }, [marked, clicked]);
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const noteId = useId();
  const showNote = noteOpen || note !== '';
  return (
    <li class={`question${(clicked ?? marked) ? ' question--marked' : ''}${markedBy ? ' question--theirs' : ''}`} data-question-id={question.id}>
      <label class="choice">
        <input
          type="checkbox"
          checked={clicked ?? marked}
          onChange={(event) => {
            setClicked(event.currentTarget.checked);
            onMark(event.currentTarget.checked);
          }}
        />
        <span>{question.text}</span>
      </label>
      {markedBy && (
        <p class="meta their-mark question-wide">
          <span class="tag tag--theirs">{t('wantsToRaise', { name: markedBy })}</span>
          {theirMarkOff && ` ${t('offAgendaNote')}`}{' '}
          <button type="button" class="link small" aria-label={`${t(theirMarkOff ? 'putOnAgenda' : 'leaveOffAgenda')}: ${question.text}`} onClick={() => onTheirMarkOff(!theirMarkOff)}>
            {t(theirMarkOff ? 'putOnAgenda' : 'leaveOffAgenda')}
          </button>
        </p>
      )}
      {theirNote && (
        <blockquote class="from-other question-wide" data-item-id={theirNote.id}>
          <p class="meta">{t('otherNoteOnQuestion', { name: theirNote.origin!.by })}</p>
          <p class="doc-text">{theirNote.text}</p>
        </blockquote>
      )}
      {note === '' && (
        // Named by its question: a screen reader's list of buttons tells one note from the next (issue #19).
        <button type="button" class="link small question-note" aria-label={`${t('noteOnQuestion')}: ${question.text}`} aria-expanded={showNote} aria-controls={noteId} onClick={() => setNoteOpen(!showNote)}>
          {t('noteShort')}
        </button>
      )}
      <div id={noteId} class="question-wide" hidden={!showNote}>
        {showNote && <TextField label={`${t('noteOnQuestion')}: ${question.text}`} hideLabel hint={t('noteHint')} value={note} onInput={onNote} />}
      </div>
    </li>
  );
}
