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

/** Every stored dialogue and item, as IndexedDB holds them: compared before and after, it shows what a step wrote. */
export const storedRecords = (): Promise<{ dialogues: unknown[]; items: unknown[] }> =>
  new Promise((resolve) => {
    const request = indexedDB.open('samtale');
    request.onsuccess = () => {
      const transaction = request.result.transaction(['dialogues', 'topicItems']);
      const dialogues = transaction.objectStore('dialogues').getAll();
      const records = transaction.objectStore('topicItems').getAll();
      transaction.oncomplete = () => resolve({ dialogues: dialogues.result, items: records.result.flatMap((record: { items: unknown[] }) => record.items) });
    };
  });
