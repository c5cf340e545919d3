/**
 * Functions that run inside an extension page, handed to either driver's `page.evaluate` (Playwright for Chromium,
 * puppeteer-core for Firefox): the scenario is the same in both browsers, so is the code.
 */

/** Every stored item (in its topic's record), as IndexedDB holds it on disk (what someone reading the profile would find). */
export const storedItemsAsText = (): Promise<string> =>
  new Promise<string>((resolve) => {
    const request = indexedDB.open('samtale');
    request.onsuccess = () => {
      const all = request.result.transaction('topicItems').objectStore('topicItems').getAll();
      all.onsuccess = () => resolve(JSON.stringify(all.result));
    };
  });
