import { describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { PAGE_ORDER } from '../../lib/guide/page-reader';
import { topicWording } from '../../lib/guide/wording';
import { readOfficialExamples } from '../fixtures/uio-nb';

/*
 * Issue #20: the bokmål guide uses UiO's own Norwegian words wherever the shared copy of UiO's page gives them,
 * verbatim, at the same question ids as the English page and in the Norwegian page's order.
 */
const guide = getGuide('uio-dialogue-2020', 'nb');
const official = readOfficialExamples();

describe('UiO’s own Norwegian words in the bokmål guide', () => {
  it('reads 22 complete questions in the shared copy (topics 1–3 and the first of topic 4)', () => {
    expect(official.map((topic) => [topic.number, topic.questions.length])).toEqual([
      [1, 4],
      [2, 13],
      [3, 4],
      [4, 1],
    ]);
  });

  it.each(official.map((topic) => [topic.number, topic] as const))('topic %i: the title and every question verbatim, in the page’s order', (_, topic) => {
    const bundled = guide.topics[topic.number - 1]!;
    expect(bundled.title).toBe(topic.title);
    expect(bundled.officialTitle).toBe(true);
    const examples = bundled.groups.find((group) => group.kind === 'examples')!.questions;
    expect(examples.slice(0, topic.questions.length).map((question) => question.text)).toEqual(topic.questions);
  });

  it('marks exactly those questions and titles as UiO’s words, and nothing else', () => {
    const marked = guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions.filter((question) => question.official).map((question) => question.text)));
    expect(marked.sort()).toEqual(official.flatMap((topic) => topic.questions).sort());
    expect(guide.topics.filter((topic) => topic.officialTitle).map((topic) => topic.number)).toEqual(official.map((topic) => topic.number));
  });

  it('keeps the ids of the English page (topic 2 in the Norwegian order: routines second)', () => {
    const ids = (language: 'en' | 'nb') => getGuide('uio-dialogue-2020', language).topics[1]!.groups[0]!.questions.map((question) => question.id);
    expect(ids('nb')).toEqual(['t2-q01', 't2-q11', 't2-q02', 't2-q03', 't2-q04', 't2-q05', 't2-q06', 't2-q07', 't2-q08', 't2-q09', 't2-q10', 't2-q12', 't2-q13']);
    expect([...ids('nb')].sort()).toEqual([...ids('en')].sort());
    // The page reader maps the Norwegian page's places to ids by the same order.
    expect(PAGE_ORDER.nb!.t2).toEqual(ids('nb'));
  });

  it('says per topic whose words it shows', () => {
    expect(guide.topics.map((topic) => topicWording(topic))).toEqual([
      { title: true, official: 4, questions: 4 },
      { title: true, official: 13, questions: 13 },
      { title: true, official: 4, questions: 4 },
      { title: true, official: 1, questions: guide.topics[3]!.groups.flatMap((group) => group.questions).length },
      ...guide.topics.slice(4).map((topic) => ({ title: false, official: 0, questions: topic.groups.flatMap((group) => group.questions).length })),
    ]);
  });
});
