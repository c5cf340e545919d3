import type { GuideTemplate } from './types';

const BASE = 'https://www.uio.no/english/for-employees/employment/one-to-one-work-dialogue';

/** UiO's "One-to-one work dialogue – information for employee" (last modified 19 March 2025), verbatim. */
export const uioDialogueEn: GuideTemplate = {
  id: 'uio-dialogue-2020',
  language: 'en',
  title: 'One-to-one work dialogue',
  summary:
    'A planned, systematic and personal talk between you as an employee and your manager. Your manager has the responsibility for planning and conducting the one-to-one work dialogue and you for preparing and contributing to the implementation.',
  source: { url: `${BASE}/index.html`, lastModified: '2025-03-19' },
  topics: [
    {
      id: 't1',
      number: 1,
      title: 'Follow-up and the conclusion of the previous one-to-one work dialogue',
      purpose: [
        'If you have had a one-to-one work dialogue with your manager before, it is natural to look at what has happened in the meantime. Proceed from the conclusions you agreed on at the previous one-to-one work dialogue.',
        'When the employee talks about his or her tasks, you can also add feedback on the employees contributions to the goals of the department/unit. You should prepare to evaluate your own efforts. You can also expect the manager to give feedback in relation to the goals and tasks of the department/unit.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Examples of questions',
          advice: [],
          questions: [
            { id: 't1-q01', text: 'What did you agree on at the previous one-to-one work dialogue and what has been achieved in relation to this?' },
            { id: 't1-q02', text: 'What has not been achieved?' },
            { id: 't1-q03', text: 'Why?' },
            { id: 't1-q04', text: 'How do you view your own efforts over the past year?' },
          ],
        },
      ],
      prompts: {
        previousConclusions: 'What did you agree on last time, and what has been achieved?',
        selfAssessment: 'Looking back over the past year: your own efforts, what went well and what did not.',
      },
      notices: [],
    },
    {
      id: 't2',
      number: 2,
      title: 'Tasks',
      purpose: [
        "Talk about your tasks as well as their prioritisation, and discuss any wishes for a change of tasks. View the tasks in light of the department's, faculty's or division's goals. Discuss each individual task so that you achieve a common understanding. What are important/less important tasks? How can the work be carried out in the best possible way?",
        'More in-depth feedback can be given from the manager.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Examples of questions',
          advice: [],
          questions: [
            { id: 't2-q01', text: "How do you see your work area and your tasks in the context of your department's/organisation's goals?" },
            { id: 't2-q02', text: 'Are you satisfied with your duties, responsibilities and authority?' },
            { id: 't2-q03', text: 'Alternatively: Do you want it to be clearer?' },
            { id: 't2-q04', text: 'In what areas can you do a better job? Are there any special circumstances that are preventing you from doing this?' },
            { id: 't2-q05', text: 'To what extent are you satisfied with your own efforts?' },
            { id: 't2-q06', text: 'What are you most satisfied with when performing your job?' },
            { id: 't2-q07', text: 'What are you least satisfied with when performing your job?' },
            { id: 't2-q08', text: 'Is the time you spend on the individual tasks what you had planned?' },
            { id: 't2-q09', text: 'What tasks should be emphasised in the coming year?' },
            { id: 't2-q10', text: 'Is the distribution of tasks sensible or should it be changed, if so how?' },
            { id: 't2-q11', text: 'Do you have suggestions for changes or improvements to your work routines at the organisational unit? What are they?' },
            { id: 't2-q12', text: 'Would you like to have other tasks in the short/long term?' },
            { id: 't2-q13', text: 'What plans and goals are important to set for the next period?' },
          ],
        },
      ],
      prompts: {},
      notices: [
        {
          kind: 'salary',
          title: 'Interview about salary',
          text: 'You have the right to request a salary interview. Your manager considers whether the topic should be part of the one-to-one work dialogue or discussed in a separate salary interview. Salary easily takes the focus away from other topics, so it is recommended to have your own salary assessment interview afterwards.',
          link: { label: 'Salary assessment interview', url: 'https://www.uio.no/english/for-employees/employment/payments/pay-rise/index.html' },
        },
      ],
    },
    {
      id: 't3',
      number: 3,
      title: 'Management',
      purpose: [
        'The purpose in this section is to look at the relationship between manager and you as an employee.',
        "What works well for you in that person's way of leading? What do you possibly need more or less of from your manager in relation to planning and carrying out your tasks?",
        'What input do you have for the manager to support you and follow up in the best way possible?',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Examples of questions',
          advice: [],
          questions: [
            { id: 't3-q01', text: 'Do you get the necessarry follow-up from your manager?' },
            { id: 't3-q02', text: 'What are your expectations when it comes to leadership?' },
            { id: 't3-q03', text: 'How does it work discussing you tasks and work situation and with your manager?' },
            { id: 't3-q04', text: 'How can the manager follow up and support you in the best way possible?' },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't4',
      number: 4,
      title: 'Working environment and collaboration',
      purpose: [
        'How do you get along with colleagues and other staff? How do you work together? Both the physical and the psychosocial work environment are topics.',
        'If you have special wishes or there are conditions you are not happy with, think about what can improve the situation. What can your leader help with, and what can you possibly contribute yourself to improve the situation?',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Examples of questions',
          advice: [],
          questions: [
            { id: 't4-q01', text: 'How would you characterise your job situation right now?' },
            { id: 't4-q02', text: 'What do you need to get closer to an ideal situation?' },
            { id: 't4-q03', text: 'What does it look like around you when you feel that your job works well for you and others?' },
            { id: 't4-q04', text: 'How are you getting along in your work?' },
            { id: 't4-q05', text: 'How do you think the last year has been at work?' },
            { id: 't4-q06', text: 'How are you getting along in your division/department/section?' },
            { id: 't4-q07', text: 'What conditions at work have a positive or negative impact on your enjoyment of your work?' },
            { id: 't4-q08', text: 'Are your work premises suitable?' },
            { id: 't4-q09', text: 'Are the resources/work equipment sufficient to perform your job in a sound manner?' },
            { id: 't4-q10', text: 'Is there anything else that has not been addressed that affects your work situation and that you wish to discuss?' },
          ],
        },
        {
          kind: 'harassment',
          title: 'Elaboration questions in case of suspicion of harassment',
          advice: [
            'UiO does not accept any form of harassment. If you as an employee experience inappropriate behaviour, you should discuss it with your manager.',
            'It is important to assess the seriousness, and whether there is a need to convene a separate meeting to delve into the matter or whether immediate action needs to be taken.',
            'All reports of harassment shall be taken seriously and followed up.',
          ],
          link: { label: 'Submit a formal report of harassment', url: 'https://www.uio.no/english/about/hse/speak-up/reporting' },
          questions: [
            { id: 't4-h01', text: 'How did you experience the harassment?' },
            { id: 't4-h02', text: 'How are you doing now?' },
            { id: 't4-h03', text: 'What do you need to talk more about with your manager?' },
            { id: 't4-h04', text: 'How can your manager support you in the best way?' },
            { id: 't4-h05', text: 'Do you wish to submit a formal report of harassment?' },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't5',
      number: 5,
      title: 'Competence, professional and personal development',
      purpose: [
        'What do you experience as being your strengths in the employment relationship, and which work tasks do you succeed well with? Is there anything you wish to improve on? Feel free to tell your manager what you think.',
        'Your manager will give you feedback on your strengths, and on how they view your contribution into the entire unit. You can address your wishes for further development, and what you may need in terms of competence replenishment. The manager will assess what is possible to concede within the unit\'s plans, goals and budget.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Examples of questions',
          advice: [],
          questions: [
            { id: 't5-q01', text: 'What are your strongest sides?' },
            { id: 't5-q02', text: 'What do you wish to become better at?' },
            { id: 't5-q03', text: 'Do you have qualifications/talents that you do not get to utilise in your current position?' },
            { id: 't5-q04', text: 'What areas of your work do you wish to develop? In what areas do you need greater competence?' },
            { id: 't5-q05', text: 'What kind of skills do you need to do a better job?' },
            { id: 't5-q06', text: 'What development measures do you want (courses etc.)?' },
            { id: 't5-q07', text: 'In what areas do you want personal and/or professional development?' },
            { id: 't5-q08', text: 'Does the position provide opportunities for development in the manner you desire?' },
            { id: 't5-q09', text: 'What areas (large and small) do you have special expertise in?' },
            { id: 't5-q10', text: 'Do your colleagues have expertise that you need to make better use of?' },
            { id: 't5-q11', text: 'How can the exchange of competence best take place?' },
          ],
        },
        {
          kind: 'sixtyPlus',
          title: 'Additional questions for employees who have turned 60',
          advice: [
            'When employees at UiO turn 60, they shall be offered a "senior interview": a one-to-one work dialogue with a particular focus on senior life, their wishes and ambitions, future prospects and competence development needs.',
          ],
          questions: [
            { id: 't5-s01', text: 'What are your ambitions within the next a few years?' },
            { id: 't5-s02', text: 'How do you view your future at the unit/faculty/UiO?' },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't6',
      number: 6,
      title: 'Plans and goals',
      purpose: [
        'Discuss the plans and goals you believe are important to prioritise until the next one-to-one work dialogue.',
        'The goals should be realistic and timed and they must be within your area of responsibility and authority.',
      ],
      groups: [],
      prompts: { goals: 'Goals that are realistic, timed and within your area of responsibility and authority.' },
      notices: [],
    },
    {
      id: 't7',
      number: 7,
      title: 'Follow-up of the one-to-one work dialogue',
      purpose: [
        'It is important that you agree on what is to be followed up and how before you end the dialogue. What is to be done when? Who is responsible?',
        'A follow-up and development plan must be signed by both you and your manager. Both are responsible for following up on what you have agreed on.',
        'The one-to-one work dialogue should be conducted regularly. Once a year should be a goal.',
      ],
      groups: [],
      prompts: { followUpPlan: 'What is to be done, by whom, by when, and how will you know it is done?' },
      notices: [],
    },
  ],
  forms: [
    { label: 'One-to-one work dialogue with academic staff (word)', url: `${BASE}/form-one-to-one-work-dialogue-academic-staff.docx`, for: 'academic' },
    { label: 'One-to-one work dialogue with doctoral research fellow (word)', url: `${BASE}/form-onne-to-one-work-dialogue-doctoral-research-fellow.docx`, for: 'doctoralFellow' },
    { label: 'One-to-one work dialogue with technical/administrative staff (word)', url: `${BASE}/form-one-to-one-work-dialogue-technical-administrative-staff.docx`, for: 'technicalAdministrative' },
    { label: 'Follow-up and development plan after a one-to-one dialogue (word)', url: `${BASE}/follow-up-and-development-plan.docx`, for: 'followUpPlan' },
  ],
};
