import type { GuideTemplate } from './types';

/** UiO's earlier "Performance assessment interview" outline (2009, last modified 9 April 2019), verbatim. */
export const performanceInterviewEn: GuideTemplate = {
  id: 'uio-performance-interview-2009',
  language: 'en',
  title: 'Performance assessment interview (earlier outline)',
  summary:
    'A performance assessment interview is a planned and prepared personal interview. It addresses the working situation and can be used as a tool for planning and development.',
  source: { url: 'https://www.uio.no/english/for-employees/employment/one-to-one-work-dialogue/', lastModified: '2019-04-09' },
  topics: [
    {
      id: 't1',
      number: 1,
      title: 'Follow-up and conclusions following the previous performance assessment interview',
      purpose: [
        'If you have previously participated in an performance assessment interview together, a review of what has happened during the period beginning with the conclusions you agreed upon then is sensible.',
      ],
      groups: [],
      prompts: { previousConclusions: 'What did you agree on last time, and what has happened since?' },
      notices: [],
    },
    {
      id: 't2',
      number: 2,
      title: 'Clarifying the institute’s/faculty’s/section’s goals',
      purpose: [
        'The performance assessment interview shall address the faculty’s/department’s/section’s goals and the employee’s tasks in relation to these.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't3',
      number: 3,
      title: 'Working tasks',
      purpose: [
        'You will discuss the tasks you have today and their prioritization, and any wishes for new or other tasks. An understanding of one’s own work, what the important and less-important working tasks are, and how you can get your work done in the best possible way should also be clarified.',
        'For academic employees, the distribution of work duties with respect to the special agreement can be addressed.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't4',
      number: 4,
      title: 'Working environment',
      purpose: [
        'Different aspects of the working environment may be addressed, both the psychosocial and physical environments. Here it is important that both parties state their views.',
        'Whether you are content, and how cooperation with colleagues and other staff functions should be discussed. If needed, you should discuss what might be done to make improvements. Concrete wishes/complaints in connection with the physical working environment may also be discussed.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't5',
      number: 5,
      title: 'Leadership/Management',
      purpose: [
        'Here you should provide feedback to the leader/manager about how you perceive him/her as a leader/manager and how he/she fulfils his/her leadership/management function.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't6',
      number: 6,
      title: 'Professional and personal development',
      purpose: [
        'This part is about how you function in your position today, e.g. as scientist, teacher, liaison, administrator.',
        'Here you will be able to give your view of you own development needs and plans, and simultaneously receive feedback as to whether the needs and plans are realistic.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't7',
      number: 7,
      title: 'Plans and goals',
      purpose: [
        'Discuss the plans and goals that you both regard as important to prioritise during the next period, i.e. until the next performance assessment interview.',
        'Any goals you set should be realistic, have a deadline and lie within your area of responsibility and authority.',
        'For the interview to have an effect, it is important to draw conclusions and to ensure that you agree on what should be followed up. It should be clearly stated what is to be done by whom, by when, and according to which standards.',
      ],
      groups: [],
      prompts: {
        goals: 'Goals that are realistic, have a deadline and lie within your area of responsibility and authority.',
        followUpPlan: 'What is to be done, by whom, by when, and according to which standards?',
      },
      notices: [],
    },
  ],
  forms: [],
};
