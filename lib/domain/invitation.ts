import type { GuideTemplate } from '../guide/types';
import { formatDate } from '../i18n';
import { translator } from '../i18n/bundled';
import type { Dialogue } from './schema';

/** The text a manager sends to invite an employee well in advance: when, where, the seven topics, and the links. */
export function invitationText(dialogue: Dialogue, guide: GuideTemplate): { subject: string; body: string } {
  const t = translator(dialogue.language);
  const date = dialogue.plannedDate ? formatDate(dialogue.plannedDate, dialogue.language) : '';
  const when = [date, dialogue.plannedTime].filter(Boolean).join(' ');
  const form = guide.forms.find((f) => f.for === dialogue.staffCategory);
  const lines = [
    t('inviteGreeting', { name: dialogue.employeeName }),
    '',
    t('inviteIntro'),
    '',
    t('inviteWhen', { when }),
    t('inviteLength', { minutes: dialogue.durationMinutes }),
    ...(dialogue.place ? [t('inviteWhere', { place: dialogue.place })] : []),
    '',
    t('inviteTopics'),
    ...guide.topics.map((topic) => `${topic.number}. ${topic.title}`),
    '',
    t('invitePrepare'),
    t('inviteGuide', { url: guide.source.url }),
    // The Norwegian guide page is also where its forms are: one address, given once (the usability walk).
    ...(form ? [t('inviteForm', { url: form.url === guide.source.url ? t('inviteOnGuidePage') : form.url })] : []),
    '',
    t('inviteSignOff'),
    dialogue.managerName,
  ];
  return { subject: t('inviteSubject', { date }).trim(), body: lines.join('\n') };
}

const escapeIcs = (text: string): string => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * A calendar event for the dialogue. The time is floating local time (UiO is in one time zone, and every
 * calendar reads it without a VTIMEZONE block); without a time it is an all-day event.
 */
export function invitationIcs(dialogue: Dialogue, guide: GuideTemplate, now: Date = new Date()): string {
  if (!dialogue.plannedDate) throw new Error('The dialogue has no date');
  const { subject, body } = invitationText(dialogue, guide);
  const date = dialogue.plannedDate.replace(/-/g, '');
  const timing = dialogue.plannedTime
    ? [`DTSTART:${date}T${dialogue.plannedTime.replace(':', '')}00`, `DURATION:PT${dialogue.durationMinutes}M`]
    : [`DTSTART;VALUE=DATE:${date}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samtale//One-to-one work dialogue//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${dialogue.id}@samtale.invalid`,
    `DTSTAMP:${compact(now.toISOString())}`,
    ...timing,
    `SUMMARY:${escapeIcs(subject)}`,
    ...(dialogue.place ? [`LOCATION:${escapeIcs(dialogue.place)}`] : []),
    `DESCRIPTION:${escapeIcs(body)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
