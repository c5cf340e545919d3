// The benchmark's data set: a manager with 40 employees and ten years of yearly dialogues (400 dialogues, 100
// notes each, one much longer), plus the manager's own ten dialogues. Deterministic (seeded), so every run
// measures the same thing. Records have exactly the stored shape (tests/bench-data.test.ts checks them against
// the Zod schemas).

/** Small, fast, seeded PRNG (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'arbeidsmiljø samarbeid undervisning forskning veiledning prosjekt søknad publisering kompetanse kurs ' +
  'arbeidsbelastning prioritering oppgaver ledelse tilbakemelding kollegaer seminar konferanse budsjett ' +
  'rutiner digitalisering opplæring studenter eksamen sensur administrasjon møter fleksibilitet hjemmekontor ' +
  'karriere utvikling mål frist ressurser laboratorium datasett artikkel stipend permisjon helse balanse ' +
  'workload teaching research supervision project funding publication skills course feedback colleagues ' +
  'deadline goals priorities meetings students exams planning support mentoring network conference data ' +
  'the and with for more less next year should would could need want plan agreed follow up review better'
).split(' ');

const FIRST = 'Kari Ola Ingrid Lars Sofie Jonas Nora Emil Sara Henrik Maja Magnus Ida Mathias Thea Sander Ane Tobias Julie Martin'.split(' ');
const LAST = 'Nordmann Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen Hagen'.split(' ');
const STAFF = ['academic', 'doctoralFellow', 'technicalAdministrative'];
const QUESTION_IDS = {
  t1: ['t1-q01', 't1-q02', 't1-q03', 't1-q04'],
  t2: Array.from({ length: 13 }, (_, i) => `t2-q${String(i + 1).padStart(2, '0')}`),
  t3: ['t3-q01', 't3-q02', 't3-q03', 't3-q04'],
  t4: Array.from({ length: 10 }, (_, i) => `t4-q${String(i + 1).padStart(2, '0')}`),
  t5: Array.from({ length: 11 }, (_, i) => `t5-q${String(i + 1).padStart(2, '0')}`),
};
const TOPICS = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];

/** A word planted in a known number of notes, so the benchmark can check that search finds exactly those. */
export const PLANTED_WORD = 'kvalitetsløft';

export const BENCH_SEED = 20261123;

/**
 * @param {{ employees?: number, years?: number, notesPerDialogue?: number, largestNotes?: number, seed?: number }} [options]
 */
export function generateDataSet({ employees = 40, years = 10, notesPerDialogue = 100, largestNotes = 400, seed = BENCH_SEED } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  let counter = 0;
  const id = (prefix) => `${prefix}-${(++counter).toString(36).padStart(6, '0')}`;
  let planted = 0;
  const sentence = () => {
    const length = 6 + Math.floor(next() * 30);
    const words = Array.from({ length }, () => pick(WORDS));
    if (next() < 0.002) {
      words[Math.floor(next() * length)] = PLANTED_WORD;
      planted++;
    }
    const text = words.join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const people = [];
  const dialogues = [];
  const items = [];
  const plans = new Map();
  const counts = new Map();
  const thisYear = 2026;
  const stamp = (date, hour = 9) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

  function addDialogue({ role, employeeId, employeeName, person, year, noteCount, previous }) {
    const plannedDate = `${year}-${String(1 + Math.floor(next() * 11)).padStart(2, '0')}-${String(1 + Math.floor(next() * 27)).padStart(2, '0')}`;
    const dialogue = {
      id: id('d'),
      role,
      employeeId,
      employeeName,
      managerName: 'Mette Leder',
      plannedDate,
      plannedTime: '10:00',
      durationMinutes: 90,
      place: 'Room 101',
      staffCategory: person?.staffCategory ?? 'academic',
      turned60: person?.turned60 ?? false,
      templateId: 'uio-dialogue-2020',
      language: next() < 0.5 ? 'nb' : 'en',
      status: year === thisYear ? 'prepared' : 'followedUp',
      markedQuestionIds: [],
      previousDialogueId: previous?.id ?? null,
      agreement: { employee: null, manager: null },
      coveredTopicIds: [],
      meetingSeconds: 0,
      meetingRunningSince: null,
      createdAt: stamp(`${year}-01-02`),
      updatedAt: stamp(plannedDate, 15),
    };
    dialogues.push(dialogue);
    const base = (kind, topicId) => ({
      id: id('i'),
      dialogueId: dialogue.id,
      topicId,
      text: sentence(),
      sealed: null,
      sensitive: false,
      shared: next() < 0.3,
      origin: null,
      createdAt: stamp(plannedDate, 8),
      updatedAt: stamp(plannedDate, 14),
      kind,
    });
    const own = [];
    // The shape of a real dialogue: answers to marked questions, a self-assessment, points, goals, meeting
    // notes and conclusions per topic, the plan, and the review of last year's plan.
    for (const topicId of TOPICS) {
      own.push(base('conclusion', topicId), base('meetingNote', topicId));
    }
    own.push(base('selfAssessment', 't1'));
    const previousPlan = previous ? plans.get(previous.id) : [];
    for (const planItem of previousPlan) own.push({ ...base('review', 't1'), reviewedItemId: planItem.id, achieved: pick(['yes', 'partly', 'no']) });
    for (let i = 0; i < 8; i++) {
      own.push({
        ...base('plan', 't7'),
        responsible: pick(['employee', 'manager', 'other']),
        responsibleName: '',
        due: `${year + 1}-06-30`,
        successCriteria: sentence(),
        status: year === thisYear ? 'open' : pick(['done', 'dropped', 'open']),
        statusComment: '',
        carriedFromId: null,
      });
    }
    for (let i = 0; i < 4; i++) own.push({ ...base('goal', 't6'), deadline: `${year + 1}-12-31`, why: sentence() });
    const marked = new Set();
    while (own.length < noteCount) {
      const topicId = pick(TOPICS.slice(0, 5));
      const questionId = pick(QUESTION_IDS[topicId]);
      if (!marked.has(questionId) && next() < 0.6) {
        marked.add(questionId);
        own.push({ ...base('answer', topicId), questionId });
      } else {
        own.push(base('point', pick(TOPICS)));
      }
    }
    dialogue.markedQuestionIds = [...marked];
    const kept = own.slice(0, noteCount);
    plans.set(dialogue.id, kept.filter((item) => item.kind === 'plan'));
    counts.set(dialogue.id, kept.length);
    items.push(...kept);
    return dialogue;
  }

  for (let e = 0; e < employees; e++) {
    const person = {
      id: id('p'),
      name: `${FIRST[e % FIRST.length]} ${LAST[(e * 7) % LAST.length]}${e >= FIRST.length ? ` ${e}` : ''}`,
      staffCategory: STAFF[e % STAFF.length],
      turned60: e % 9 === 0,
      createdAt: stamp(`${thisYear - years}-01-01`),
      updatedAt: stamp(`${thisYear - years}-01-01`),
    };
    people.push(person);
    let previous = null;
    for (let y = years - 1; y >= 0; y--) {
      const largest = e === 0 && y === 0;
      previous = addDialogue({
        role: 'manager',
        employeeId: person.id,
        employeeName: person.name,
        person,
        year: thisYear - y,
        noteCount: largest ? largestNotes : notesPerDialogue,
        previous,
      });
    }
  }
  let previous = null;
  for (let y = years - 1; y >= 0; y--) {
    previous = addDialogue({ role: 'employee', employeeId: null, employeeName: 'Mette Leder', person: null, year: thisYear - y, noteCount: 30, previous });
  }
  const largestDialogueId = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  return { people, dialogues, items, largestDialogueId, plantedNotes: planted };
}

/** How many notes contain a word (case-insensitive), counted the slow, obvious way: the answer search must give. */
/** The notes as Samtale stores them: a dialogue's notes of one topic in one record (lib/storage/topic-records.ts). */
export function asTopicRecords(items) {
  const records = new Map();
  for (const item of items) {
    const key = `${item.dialogueId} ${item.topicId}`;
    if (!records.has(key)) records.set(key, { dialogueId: item.dialogueId, topicId: item.topicId, items: [] });
    records.get(key).items.push(item);
  }
  return [...records.values()];
}

export function countNotesContaining(items, word) {
  const needle = word.toLowerCase();
  return items.filter((item) => [item.text, item.why, item.successCriteria, item.statusComment].some((field) => field && field.toLowerCase().includes(needle))).length;
}
