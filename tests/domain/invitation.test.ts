import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { getGuide } from '../../lib/guide/bundled';
import { invitationIcs, invitationText } from '../../lib/domain/invitation';
import type { Dialogue } from '../../lib/domain/schema';
import { sampleDialogueInput } from '../helpers';

const planned = (overrides: Partial<Dialogue> = {}): Dialogue => ({
  ...buildDialogue(sampleDialogueInput({ role: 'manager', employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann', plannedDate: '2026-12-01' })),
  plannedTime: '10:30',
  durationMinutes: 90,
  place: 'Room 412, Niels Henrik Abels hus; quiet, no phones',
  ...overrides,
});

describe('the invitation', () => {
  it.each([
    ['en', 'UiO has prepared an interview form as support and guidance for preparing and conducting one-to-one work dialogues: '],
    ['nb', 'UiO har utarbeidet et samtaleskjema som støtte og veiledning til forberedelse og gjennomføring av medarbeidersamtaler: '],
  ] as const)('in %s, presents the form in the words of UiO’s page for managers (issue #20)', (language, words) => {
    const dialogue = planned({ staffCategory: 'academic', language });
    expect(invitationText(dialogue, getGuide('uio-dialogue-2020', language)).body).toContain(words);
  });

  it('lists the topics by the titles of UiO’s Norwegian page in bokmål', () => {
    const { body } = invitationText(planned({ language: 'nb' }), getGuide('uio-dialogue-2020', 'nb'));
    expect(body).toContain('1. Oppfølging av forrige samtale');
    expect(body).toContain('2. Arbeidsoppgaver, mål og arbeidsplaner');
  });

  it('names the time, the place, the seven topics, the guide and the form of the staff category', () => {
    const dialogue = planned({ staffCategory: 'academic' });
    const guide = getGuide('uio-dialogue-2020', 'en');
    const { subject, body } = invitationText(dialogue, guide);
    expect(subject).toBe('One-to-one work dialogue 1 December 2026');
    expect(body).toContain('Dear Ola Nordmann,');
    expect(body).toContain('When: 1 December 2026 10:30');
    expect(body).toContain('Length: 90 minutes');
    for (const topic of guide.topics) expect(body).toContain(`${topic.number}. ${topic.title}`);
    expect(body).toContain(guide.source.url);
    expect(body).toContain(guide.forms.find((f) => f.for === 'academic')!.url);
    expect(body.trimEnd().endsWith('Kari Nordmann')).toBe(true);
  });

  it('gives an address once when the form is on the guide’s own page (UiO’s Norwegian page holds both)', () => {
    const guide = getGuide('uio-dialogue-2020', 'nb');
    const dialogue = planned({ staffCategory: 'academic', language: 'nb' });
    expect(guide.forms.find((f) => f.for === 'academic')!.url).toBe(guide.source.url);
    const { body } = invitationText(dialogue, guide);
    expect(body.split(guide.source.url)).toHaveLength(2);
    expect(body).toContain('medarbeidersamtaler: på samme side som veilederen.');
  });

  it('is written in the dialogue’s language', () => {
    const { body } = invitationText(planned({ language: 'nb' }), getGuide('uio-dialogue-2020', 'nb'));
    expect(body).toContain('Hei Ola Nordmann,');
    expect(body).toContain('2. Arbeidsoppgaver');
  });
});

describe('the calendar file', () => {
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;

  it('is a valid iCalendar event that a calendar library reads back exactly', () => {
    const dialogue = planned();
    const ics = invitationIcs(dialogue, getGuide('uio-dialogue-2020', 'en'), new Date('2026-11-23T09:00:00Z'));
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const event = new ICAL.Event(parse(ics));
    expect(event.uid).toBe(`${dialogue.id}@samtale.invalid`);
    expect(event.summary).toBe('One-to-one work dialogue 1 December 2026');
    expect(event.location).toBe('Room 412, Niels Henrik Abels hus; quiet, no phones');
    expect(event.startDate.toString()).toBe('2026-12-01T10:30:00');
    expect(event.endDate.toString()).toBe('2026-12-01T12:00:00');
    expect(event.description).toBe(invitationText(dialogue, getGuide('uio-dialogue-2020', 'en')).body);
  });

  it('folds long lines without splitting a character', () => {
    const dialogue = planned({ place: 'Ærlig øvingsrom å finne '.repeat(10), language: 'nb' });
    const ics = invitationIcs(dialogue, getGuide('uio-dialogue-2020', 'nb'));
    expect(new ICAL.Event(parse(ics)).location).toBe(dialogue.place);
  });

  it('is an all-day event when no time is planned', () => {
    const event = new ICAL.Event(parse(invitationIcs(planned({ plannedTime: null }), getGuide('uio-dialogue-2020', 'en'))));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-01');
  });
});
