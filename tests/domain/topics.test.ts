import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, loadGuide } from '../../lib/guide';
import { followUpTopicId, planTopicId, topicIdAt, topicOfQuestion } from '../../lib/domain/topics';

describe('the topics’ rules', () => {
  it.each(TEMPLATE_IDS.flatMap((templateId) => (['en', 'nb'] as const).map((language) => [templateId, language] as const)))(
    '%s (%s) reviews last year in topic 1 and agrees the plan in topic 7',
    async (templateId, language) => {
      const guide = await loadGuide(templateId, language);
      expect(followUpTopicId(guide)).toBe('t1');
      expect(planTopicId(guide)).toBe('t7');
      expect(topicIdAt(guide, 2)).toBe('t3');
      expect(topicIdAt(guide, 99)).toBe('t1');
      for (const topic of guide.topics) for (const group of topic.groups) for (const question of group.questions) expect(topicOfQuestion(question.id)).toBe(topic.id);
    },
  );
});
