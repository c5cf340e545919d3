import type { GuideNotice, GuideQuestionGroup, GuideTemplate, GuideTopic, Language, TemplateId } from './types';
import type { Role } from '../domain/schema';

/*
 * The manager's own preparation, topic by topic (issue #28): the manager's copy asks the manager's questions (their
 * view of the employee's tasks and contributions to the unit's goals, the feedback to give, what they expect, the
 * unit's plans and competence needs, last year's plan), where the employee's copy asks the employee's. UiO's guide
 * speaks to the employee and names the manager's side in passing ("more in-depth feedback can be given from the
 * manager", "you can also expect the manager to give feedback in relation to the goals and tasks of the
 * department/unit"); its page for managers (partly in ../shared/uio-nb/, sources B and D) speaks of planning and
 * mapping the unit's resources. These questions are Samtale's words drawn from those, not UiO's, and the group
 * says so. Ids `t<topic>-m<nn>`: a manager's note on one is an answer like any other.
 */

const TITLE: Record<Language, string> = { en: 'Your preparation as manager', nb: 'Din forberedelse som leder' };
const ADVICE: Record<Language, string> = {
  en: 'Samtale’s own questions for the manager, drawn from UiO’s guide and its page for managers; not UiO’s wording. Your notes here are yours: they stay in your copy unless you choose to send them.',
  nb: 'Spørsmål til deg som leder, satt sammen av Samtale ut fra UiOs veiledning og siden for ledere; ikke UiOs ordlyd. Notatene dine her er dine: de blir i din kopi med mindre du velger å sende dem.',
};

type Questions = Record<string, Record<Language, string[]>>;

/** The current guide's seven topics. */
const DIALOGUE_2020: Questions = {
  t1: {
    en: [
      'What did we agree on last time, what has been achieved, and what has not (and why)?',
      'How do I view the employee’s efforts and contributions to the unit’s goals over the past year?',
      'What feedback do I want to give on that: what went well, and what could go better?',
    ],
    nb: [
      'Hva ble vi enige om sist, hva er oppnådd, og hva er ikke oppnådd (og hvorfor)?',
      'Hvordan ser jeg på medarbeiderens innsats og bidrag til enhetens mål det siste året?',
      'Hvilke tilbakemeldinger vil jeg gi på det: hva har gått bra, og hva kan gå bedre?',
    ],
  },
  t2: {
    en: [
      'How do I see the employee’s tasks and their priority in light of the unit’s goals?',
      'What feedback do I give on how the tasks are carried out?',
      'Which tasks should be emphasised in the coming period, and what do I expect?',
    ],
    nb: [
      'Hvordan ser jeg medarbeiderens oppgaver og prioriteringen av dem i lys av enhetens mål?',
      'Hvilke tilbakemeldinger gir jeg på hvordan oppgavene løses?',
      'Hvilke oppgaver bør vektlegges i neste periode, og hva forventer jeg?',
    ],
  },
  t3: {
    en: ['How do I follow up the employee, and what do I want to hear about how my management works for them?', 'What can I do differently to help the employee do a good job?'],
    nb: ['Hvordan følger jeg opp medarbeideren, og hva vil jeg høre om hvordan ledelsen min fungerer for vedkommende?', 'Hva kan jeg gjøre annerledes for at medarbeideren skal kunne gjøre en god jobb?'],
  },
  t4: {
    en: ['How do I see the employee’s collaboration with colleagues and their part in the working environment?', 'Is there anything in the working environment I should ask about or follow up?'],
    nb: ['Hvordan ser jeg medarbeiderens samarbeid med kolleger og bidrag til arbeidsmiljøet?', 'Er det noe i arbeidsmiljøet jeg bør spørre om eller følge opp?'],
  },
  t5: {
    en: ['What competence does the unit need in the coming years, and how does the employee fit into those plans?', 'What development do I suggest or support for the employee?'],
    nb: ['Hvilken kompetanse trenger enheten de nærmeste årene, og hvordan passer medarbeideren inn i de planene?', 'Hvilken utvikling foreslår eller støtter jeg for medarbeideren?'],
  },
  t6: {
    en: ['What are the unit’s plans and goals for the next period, and what do they mean for the employee?', 'What do I expect of the employee in the coming period?'],
    nb: ['Hva er enhetens planer og mål for neste periode, og hva betyr de for medarbeideren?', 'Hva forventer jeg av medarbeideren i neste periode?'],
  },
  t7: {
    en: ['What should the follow-up and development plan hold: what, who, by when, and how success is judged?', 'How and when do we follow up what we agree on during the year?'],
    nb: ['Hva bør oppfølgings- og utviklingsplanen inneholde: hva, hvem, innen når, og hvordan måloppnåelse vurderes?', 'Hvordan og når følger vi opp det vi blir enige om i løpet av året?'],
  },
};

/** The earlier outline's seven topics, with the same questions where the themes meet. */
const PERFORMANCE_2009: Questions = {
  t1: DIALOGUE_2020.t1!,
  t2: DIALOGUE_2020.t6!,
  t3: DIALOGUE_2020.t2!,
  t4: DIALOGUE_2020.t4!,
  t5: DIALOGUE_2020.t3!,
  t6: DIALOGUE_2020.t5!,
  t7: DIALOGUE_2020.t7!,
};

const BY_TEMPLATE: Record<TemplateId, Questions> = { 'uio-dialogue-2020': DIALOGUE_2020, 'uio-performance-interview-2009': PERFORMANCE_2009 };

/** The manager's questions for a topic of a guide, as a group of the topic's questions (null where there are none). */
export function managerGroup(guide: Pick<GuideTemplate, 'id' | 'language'>, topicId: string): GuideQuestionGroup | null {
  const texts = BY_TEMPLATE[guide.id][topicId]?.[guide.language];
  if (!texts) return null;
  return {
    kind: 'manager',
    title: TITLE[guide.language],
    advice: [ADVICE[guide.language]],
    questions: texts.map((text, index) => ({ id: `${topicId}-m${String(index + 1).padStart(2, '0')}`, text })),
  };
}

/** The guide's notice on salary speaks to the employee; the manager's copy says the same to the manager. */
const SALARY_FOR_MANAGER: Record<Language, { title: string; text: string }> = {
  en: {
    title: 'Interview about salary',
    text: 'The employee has the right to request a salary interview. You consider whether salary is part of this dialogue or a separate salary interview; UiO recommends a separate one afterwards, as salary easily takes the focus away from the other topics. (Samtale’s wording of UiO’s notice to the employee.)',
  },
  nb: {
    title: 'Lønnssamtale',
    text: 'Medarbeideren har rett til å be om en lønnssamtale. Du vurderer om lønn skal være en del av denne samtalen eller tas i en egen lønnssamtale; UiO anbefaler en egen samtale etterpå, fordi lønn lett tar fokus fra de andre temaene. (Samtales gjengivelse av UiOs merknad til medarbeideren.)',
  },
};

/** A topic's notices as the copy's owner reads them: the salary notice addressed to the manager in the manager's copy. */
export function noticesOfCopy(guide: Pick<GuideTemplate, 'language'>, topic: GuideTopic, role: Role): GuideNotice[] {
  if (role !== 'manager') return topic.notices;
  return topic.notices.map((notice) => (notice.kind === 'salary' ? { ...notice, ...SALARY_FOR_MANAGER[guide.language] } : notice));
}
