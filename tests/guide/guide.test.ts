import { describe, expect, it } from 'vitest';
import { findQuestion, visibleGroups } from '../../lib/guide/questions';
import { allGuides, getGuide } from '../../lib/guide/bundled';
import { GuideTemplateSchema } from '../../lib/guide/types';
import { GUIDE_PAGE_SEED, LEGACY_OUTLINE_SEED, readSeed, readSeedGuide } from '../fixtures/seed-page';

describe('the bundled guides', () => {
  it.each(allGuides().map((guide) => [`${guide.id} (${guide.language})`, guide] as const))('%s satisfies the guide schema', (_, guide) => {
    expect(() => GuideTemplateSchema.parse(guide)).not.toThrow();
  });

  it.each(['uio-dialogue-2020', 'uio-performance-interview-2009'] as const)('gives %s the same topics, groups and question ids in both languages', (id) => {
    const shape = (language: 'en' | 'nb') =>
      getGuide(id, language).topics.map((topic) => ({
        id: topic.id,
        prompts: Object.keys(topic.prompts).sort(),
        // The same questions; each language in its own page's order (issue #20: UiO's Norwegian page asks t2-q11 second).
        groups: topic.groups.map((group) => ({ kind: group.kind, ids: group.questions.map((q) => q.id).sort() })),
      }));
    expect(shape('nb')).toEqual(shape('en'));
    expect(getGuide(id, 'nb').translationNotice).toBeTruthy();
    expect(getGuide(id, 'nb').topics[0]!.title).not.toBe(getGuide(id, 'en').topics[0]!.title);
  });

  it('uses every question id once per guide', () => {
    for (const guide of allGuides()) {
      const ids = guide.topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions.map((q) => q.id)));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(findQuestion(guide, id)?.topic.id).toBe(id.slice(0, 2));
    }
  });
});

describe('the current UiO guide against the seed page', () => {
  const seed = readSeedGuide(readSeed(GUIDE_PAGE_SEED));
  const guide = getGuide('uio-dialogue-2020', 'en');

  it('reads seven topics and 49 questions from the seed page (the fixture reader itself works)', () => {
    expect(seed).toHaveLength(7);
    expect(seed.flatMap((t) => t.groups.flatMap((g) => g.questions))).toHaveLength(49);
  });

  it('has the seven topics in the page order with the page titles', () => {
    expect(guide.topics.map((topic) => topic.title)).toEqual(seed.map((topic) => topic.title));
    expect(guide.topics.map((topic) => topic.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('has every example question of the page, verbatim, grouped as on the page', () => {
    const bundled = guide.topics.map((topic) => topic.groups.map((group) => ({ title: group.title, questions: group.questions.map((q) => q.text) })));
    expect(bundled).toEqual(seed.map((topic) => topic.groups));
  });

  it('marks the harassment group as harassment and the 60+ group as sixtyPlus', () => {
    const kinds = guide.topics.flatMap((topic) => topic.groups.map((group) => `${topic.id}:${group.kind}:${group.questions.length}`));
    expect(kinds).toEqual(['t1:examples:4', 't2:examples:13', 't3:examples:4', 't4:examples:10', 't4:harassment:5', 't5:examples:11', 't5:sixtyPlus:2']);
  });

  it('shows the 60+ questions only to employees who have turned 60', () => {
    const topic5 = guide.topics[4]!;
    expect(visibleGroups(topic5, false).map((g) => g.kind)).toEqual(['examples']);
    expect(visibleGroups(topic5, true).map((g) => g.kind)).toEqual(['examples', 'sixtyPlus']);
  });

  it('asks for a self-assessment in topic 1, goals in topic 6 and the plan in topic 7, and flags salary', () => {
    expect(guide.topics[0]!.prompts.selfAssessment).toBeTruthy();
    expect(guide.topics[5]!.prompts.goals).toMatch(/realistic/);
    expect(guide.topics[6]!.prompts.followUpPlan).toBeTruthy();
    expect(guide.topics.flatMap((t) => t.notices).some((n) => n.kind === 'salary')).toBe(true);
  });

  it('links the three staff-category forms and the plan form of the page', () => {
    const seedHtml = readSeed(GUIDE_PAGE_SEED);
    for (const form of guide.forms) expect(seedHtml).toContain(new URL(form.url).pathname);
    expect(guide.forms.map((f) => f.for).sort()).toEqual(['academic', 'doctoralFellow', 'followUpPlan', 'technicalAdministrative']);
  });
});

describe('the earlier performance assessment interview outline', () => {
  it('has the seven topics of the outline, in order', () => {
    const outline = readSeed(LEGACY_OUTLINE_SEED);
    const titles = [...outline.matchAll(/^\s+\d\.\s+(.+)$/gm)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
    expect(getGuide('uio-performance-interview-2009', 'en').topics.map((t) => t.title)).toEqual(titles);
  });
});
