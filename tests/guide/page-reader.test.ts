// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getGuide } from '../../lib/guide/bundled';
import { readGuidePage } from '../../lib/guide/page-reader';
import { GUIDE_PAGE_SEED, readSeed } from '../fixtures/seed-page';
import { norwegianExamplePage, readOfficialExamples } from '../fixtures/uio-nb';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('reading the UiO guide page', () => {
  it('finds every question of the real page (with its injected junk) at the bundled guide’s ids, with the same text', () => {
    const page = readGuidePage(parse(readSeed(GUIDE_PAGE_SEED)))!;
    expect(page.language).toBe('en');
    expect(page.topics.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const bundled = getGuide('uio-dialogue-2020', 'en').topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions));
    expect(page.questions.map((q) => [q.questionId, q.text])).toEqual(bundled.map((q) => [q.id, q.text]));
  });

  it('ignores everything outside the article body', () => {
    const html = `<html lang="en"><head><title>x _澳门皇冠体育</title><script>window.evil = 1</script></head><body>
      <h3>1. Fake topic outside</h3><h4>Examples of questions</h4><ul><li>Injected?</li></ul>
      <div class="vrtx-article-body"><h3>1. Real topic</h3><h4 class="accordion">Examples of questions</h4><ul><li>Real <b>question</b>?</li></ul></div>
      <div id="ad"><ul><li>Buy now</li></ul></div></body></html>`;
    const page = readGuidePage(parse(html))!;
    expect(page.questions.map((q) => q.text)).toEqual(['Real question?']);
  });

  it('reads a Norwegian page as Norwegian, and a page without the guide as nothing', () => {
    const nb = readGuidePage(parse('<html lang="no"><body><div class="vrtx-article-body"><h3>2. Arbeidsoppgaver</h3><h4>Eksempler på spørsmål</h4><ul><li>Hva?</li></ul></div></body></html>'))!;
    expect(nb.language).toBe('nb');
    expect(nb.questions[0]!.questionId).toBe('t2-q01');
    expect(readGuidePage(parse('<html><body><p>Nothing here</p></body></html>'))).toBeNull();
  });
});

describe('reading UiO’s Norwegian example-question page (issue #20)', () => {
  it('finds every question of the shared copy at the bundled guide’s ids, in UiO’s words, and ignores the junk', () => {
    const page = readGuidePage(parse(norwegianExamplePage()))!;
    expect(page.language).toBe('nb');
    expect(page.topics.map((topic) => topic.title)).toEqual(readOfficialExamples().map((topic) => topic.title));
    const bundled = new Map(getGuide('uio-dialogue-2020', 'nb').topics.flatMap((topic) => topic.groups.flatMap((group) => group.questions)).map((q) => [q.id, q.text]));
    expect(page.questions).toHaveLength(22);
    for (const question of page.questions) expect(bundled.get(question.questionId)).toBe(question.text);
    expect(page.questions.map((q) => q.text).join(' ')).not.toMatch(/iPhone|Kontakt|Ansettelsesforhold/);
  });

  it('reads a page whose layout changed as unreadable: the topics, and no question', () => {
    const page = readGuidePage(parse(norwegianExamplePage({ changed: true })))!;
    expect(page.topics).toHaveLength(4);
    expect(page.questions).toEqual([]);
  });
});
