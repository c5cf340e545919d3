import type { GuideTemplate } from '../guide/types';
import type { Dialogue, Item } from './schema';

/**
 * A topic counts as prepared once the user marked one of its questions or wrote anything in it: this copy's
 * owner's own preparation, not what the other party shared (issue #28).
 */
export function preparedTopics(guide: GuideTemplate, dialogue: Dialogue, items: readonly Item[]): Set<string> {
  const prepared = new Set<string>();
  const marked = new Set(dialogue.markedQuestionIds);
  for (const topic of guide.topics) {
    if (topic.groups.some((group) => group.questions.some((question) => marked.has(question.id)))) prepared.add(topic.id);
  }
  for (const item of items) {
    if (item.origin !== null) continue;
    if (item.text.trim() !== '' || item.sealed !== null) prepared.add(item.topicId);
  }
  return prepared;
}
