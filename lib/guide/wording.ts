import type { GuideTopic } from './types';

/**
 * Whose words a topic shows, in a guide that is partly Samtale's translation (issue #20): whether its title is
 * UiO's, and how many of its questions (the `official` marks, held to UiO's page by tests/guide/official-nb.test.ts).
 */
export function topicWording(topic: GuideTopic): { title: boolean; official: number; questions: number } {
  const questions = topic.groups.flatMap((group) => group.questions);
  return { title: topic.officialTitle === true, official: questions.filter((question) => question.official).length, questions: questions.length };
}
