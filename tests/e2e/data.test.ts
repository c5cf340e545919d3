import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseBackup } from '../../lib/files/backup';
import { closeAndRemove, launchExtension, type ExtensionBrowser } from './harness';
import { storedItemsAsText } from './in-page';
import { addPoint, startDialogue, turnOnTheLock, waitUntilSaved } from './steps';

const open: ExtensionBrowser[] = [];
afterEach(async () => {
  for (const browser of open.splice(0)) await closeAndRemove(browser);
});

async function saveBackup(page: Page, passphrase: string): Promise<string> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Passphrase for the backup (optional)').fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup' }).click()]);
  return (await download.path())!;
}

const dataOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')).data;



describe('your data', () => {
  it('stores only what a backup restores: a name is cut at 200 characters with a counter, a five-digit year is refused', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: /^7\. / }).click();
    await page.getByRole('button', { name: 'Add an agreed item' }).click();
    const plan = page.getByRole('group', { name: 'Item 1' });
    await plan.getByLabel('What is to be done').fill('Mentor programme');
    await plan.getByRole('radio', { name: 'Other' }).check();
    const someoneElse = plan.getByLabel('Name (if someone else)');
    await someoneElse.pressSequentially('Professor '.repeat(25), { delay: 0 });
    expect((await someoneElse.inputValue()).length).toBe(200);
    await expect.poll(() => plan.getByText('0 characters left').count()).toBe(1);
    // A date field holds a year of five digits (a valid HTML date string); Samtale keeps none of it.
    const due = plan.getByLabel('By when');
    await due.fill('2027-05-01');
    await waitUntilSaved(page);
    await due.evaluate((input: HTMLInputElement) => {
      input.focus();
      input.value = '20255-12-31';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.blur();
    });
    await expect.poll(() => plan.getByRole('alert').textContent()).toContain('between the years 1900 and 2199');
    await waitUntilSaved(page);

    const backup = await saveBackup(page, '');
    const parsed = await parseBackup(readFileSync(backup, 'utf8'));
    expect(parsed.ok ? 'restorable' : parsed.problem).toBe('restorable');
    const item = dataOf(backup).items.find((stored: { kind: string }) => stored.kind === 'plan');
    expect(item).toMatchObject({ due: '2027-05-01', responsibleName: 'Professor '.repeat(20).slice(0, 200) });

    // A copy damaged in that one record: refused as a whole, the rest offered, the damaged record listed.
    const damaged = join(tmpdir(), `samtale-damaged-${Date.now()}.json`);
    writeFileSync(damaged, readFileSync(backup, 'utf8').replace('"due":"2027-05-01"', '"due":"20255-12-31"'));
    await page.setInputFiles('#restore-file', damaged);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('One record in it is damaged');
    expect(await page.getByTestId('restore-left-out').textContent()).toContain(`Note or item ${item.id}: due`);
    await page.getByRole('button', { name: 'Check what the rest would restore' }).click();
    await expect.poll(() => page.getByTestId('restore-plan').textContent()).toContain('Left out of this restore (damaged in the backup): 1 record.');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText('Restored.').count()).toBe(1);
  });

  it('backs up (encrypted), deletes everything, refuses a bad file, restores with the passphrase into another profile identically', async () => {
    const first = await launchExtension();
    open.push(first);
    let page = await first.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await addPoint(page, 'A point worth keeping');
    await waitUntilSaved(page);

    const plainBackup = await saveBackup(page, '');
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toMatch(/^Last backup: /);
    const encryptedBackup = await saveBackup(page, 'a long backup passphrase');
    expect(readFileSync(encryptedBackup, 'utf8')).not.toContain('A point worth keeping');

    // Delete all: confirmed, and nothing is left after a reload.
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete all my data' }).click();
    await expect.poll(() => page.getByText('All your data has been deleted.').count()).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Samtale' }).count()).toBe(1);
    const counts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const tx = request.result.transaction(['dialogues', 'topicItems', 'people', 'settings']);
            const names = ['dialogues', 'topicItems', 'people', 'settings'];
            const results: number[] = [];
            names.forEach((name, index) => {
              const count = tx.objectStore(name).count();
              count.onsuccess = () => {
                results[index] = count.result;
                if (results.filter((n) => n !== undefined).length === names.length) resolve(results);
              };
            });
          };
        }),
    );
    expect(counts).toEqual([0, 0, 0, 0]);

    // Into an empty profile: a bad file is refused, the wrong passphrase too, then the right one restores.
    const second = await launchExtension();
    open.push(second);
    page = await second.openPanel();
    await page.getByRole('button', { name: 'Settings' }).click();
    const damaged = join(tmpdir(), `samtale-damaged-${Date.now()}.json`);
    writeFileSync(damaged, readFileSync(plainBackup, 'utf8').slice(0, 200));
    await page.setInputFiles('#restore-file', damaged);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('damaged or cut short');
    await page.setInputFiles('#restore-file', encryptedBackup);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This backup is encrypted');
    await page.getByLabel('Passphrase of the backup').fill('wrong passphrase');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('does not open this backup');
    await page.getByLabel('Passphrase of the backup').fill('a long backup passphrase');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => page.getByTestId('restore-plan').textContent()).toContain('Dialogues: 1 new, 0 updated');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText('Restored.').count()).toBe(1);

    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: /^1\. / }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toBe('A point worth keeping');

    const again = await saveBackup(page, '');
    const { preferences: before, ...restOfBefore } = dataOf(plainBackup);
    const { preferences: after, ...restOfAfter } = dataOf(again);
    expect(restOfAfter).toEqual(restOfBefore);
    expect({ ...after, lastBackupAt: null }).toEqual({ ...before, lastBackupAt: null });
  });
});

describe('a database from an earlier Samtale', () => {
  it('is upgraded when the new version opens it: one record per note becomes one per topic, and every note is there (issue #16)', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const setup = await browser.context.newPage();
    // An extension page that does not open the database itself: the print view without a request. There, the
    // database as version 2 of the schema wrote it (IndexedDB version 20), with raw IndexedDB, in place of the one
    // this version made at its start (its background lets go of it when asked: db.ts).
    await setup.goto(`chrome-extension://${browser.extensionId}/print.html`);
    await setup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          // Asked for together, so that IndexedDB runs the open right after the deletion (requests run in order).
          indexedDB.deleteDatabase('samtale').onerror = () => reject(new Error('not deleted'));
          const request = indexedDB.open('samtale', 20);
          request.onupgradeneeded = () => {
            const db = request.result;
            const dialogues = db.createObjectStore('dialogues', { keyPath: 'id' });
            for (const index of ['updatedAt', 'plannedDate', 'employeeId', 'role']) dialogues.createIndex(index, index);
            const items = db.createObjectStore('items', { keyPath: 'id' });
            items.createIndex('dialogueId', 'dialogueId');
            items.createIndex('[dialogueId+kind]', ['dialogueId', 'kind']);
            db.createObjectStore('people', { keyPath: 'id' }).createIndex('name', 'name');
            db.createObjectStore('settings', { keyPath: 'key' });
          };
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['dialogues', 'items'], 'readwrite');
            const at = '2026-11-01T10:00:00.000Z';
            tx.objectStore('dialogues').put({
              id: 'earlier-1', role: 'employee', employeeId: null, employeeName: 'Ola', managerName: 'Kari', plannedDate: '2026-12-01', plannedTime: null,
              durationMinutes: 90, place: '', staffCategory: 'academic', turned60: false, templateId: 'uio-dialogue-2020', language: 'en', status: 'planned',
              markedQuestionIds: [], previousDialogueId: null, agreement: { employee: null, manager: null }, coveredTopicIds: [], meetingSeconds: 0,
              meetingRunningSince: null, createdAt: at, updatedAt: at,
            });
            const item = (id: string, topicId: string, kind: string, text: string, minute: number) => ({
              id, dialogueId: 'earlier-1', topicId, kind, text, sealed: null, sensitive: false, shared: false, origin: null,
              createdAt: `2026-11-01T10:${String(minute).padStart(2, '0')}:00.000Z`, updatedAt: `2026-11-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
            });
            tx.objectStore('items').put(item('i-1', 't1', 'selfAssessment', 'My efforts, written last month', 1));
            tx.objectStore('items').put(item('i-2', 't3', 'point', 'First point from before the update', 2));
            tx.objectStore('items').put(item('i-3', 't3', 'point', 'Second point from before the update', 3));
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    // Topic 1's own efforts (its label is the guide's prompt).
    await expect.poll(() => page.locator('textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value))).toContain('My efforts, written last month');
    await page.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toBe('First point from before the update');
    expect(await page.getByLabel('Point 2').inputValue()).toBe('Second point from before the update');
    // Written on after the update, into the topic's record.
    await addPoint(page, 'Written after the update', 3);
    await waitUntilSaved(page);
    const stored = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; records: Array<{ key: unknown; texts: string[] }> }>((resolve) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const db = request.result;
            const all = db.transaction('topicItems').objectStore('topicItems').getAll();
            all.onsuccess = () =>
              resolve({
                version: db.version,
                stores: [...db.objectStoreNames],
                records: all.result.map((record: { dialogueId: string; topicId: string; items: Array<{ text: string }> }) => ({ key: [record.dialogueId, record.topicId], texts: record.items.map((each) => each.text) })),
              });
          };
        }),
    );
    expect(stored.version).toBe(50);
    expect(stored.stores).toEqual(['dialogues', 'people', 'settings', 'topicItems']);
    expect(stored.records).toEqual([
      { key: ['earlier-1', 't1'], texts: ['My efforts, written last month'] },
      { key: ['earlier-1', 't3'], texts: ['First point from before the update', 'Second point from before the update', 'Written after the update'] },
    ]);
  });
});

describe('a database from a newer Samtale', () => {
  it('is shown read-only with a message and never written to', async () => {
    const browser = await launchExtension();
    open.push(browser);
    // Let this version create its database first, as an installed older Samtale would have; then a newer one upgrades it.
    const older = await browser.openPanel();
    await older.close();
    const setup = await browser.context.newPage();
    // An extension page that does not open the database itself: the print view without a request.
    await setup.goto(`chrome-extension://${browser.extensionId}/print.html`);
    await setup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('samtale', 60);
          setTimeout(() => reject(new Error('the upgrade stayed blocked: a connection did not let go')), 10_000);
          request.onupgradeneeded = () => {
            // This version's stores exist already; the newer version adds one.
            request.result.createObjectStore('fromTheFuture', { keyPath: 'id' });
          };
          request.onsuccess = () => {
            const tx = request.result.transaction('dialogues', 'readwrite');
            tx.objectStore('dialogues').put({
              id: 'future-1', role: 'employee', employeeId: null, employeeName: 'Ola', managerName: 'Kari', plannedDate: '2030-01-10', plannedTime: null,
              durationMinutes: 90, place: '', staffCategory: 'academic', turned60: false, templateId: 'uio-dialogue-2020', language: 'en', status: 'planned',
              markedQuestionIds: [], previousDialogueId: null, agreement: { employee: null, manager: null }, coveredTopicIds: [], meetingSeconds: 0,
              meetingRunningSince: null, createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z', somethingNew: true,
            });
            tx.oncomplete = () => (request.result.close(), resolve());
          };
        }),
    );
    const page = await browser.openPanel();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('newer version of Samtale');
    await page.getByRole('button', { name: 'Open: 10 January 2030' }).click();
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.waitForTimeout(300);
    const state = await setup.evaluate(
      () =>
        new Promise<{ version: number; items: number; dialogue: unknown }>((resolve) => {
          const request = indexedDB.open('samtale');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['topicItems', 'dialogues']);
            const items = tx.objectStore('topicItems').count();
            const dialogue = tx.objectStore('dialogues').get('future-1');
            tx.oncomplete = () => resolve({ version: db.version, items: items.result, dialogue: dialogue.result });
          };
        }),
    );
    expect(state.version).toBe(60);
    expect(state.items).toBe(0);
    expect(state.dialogue).toMatchObject({ updatedAt: '2030-01-01T00:00:00.000Z', somethingNew: true });
  });
});

describe('the lock', () => {
  it('restores an older backup under the lock turned on since: the lock stays on and no note becomes unreadable', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'Written before the backup');
    await waitUntilSaved(page);
    const older = await saveBackup(page, '');

    await turnOnTheLock(page, 'correct horse battery');
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'Written under the lock', 2);
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.setInputFiles('#restore-file', older);
    await expect.poll(() => page.getByTestId('restore-lock').textContent()).toContain('The lock stays on in this browser');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText('Restored.').count()).toBe(1);
    expect(await page.getByText('The lock is on').count()).toBe(1);

    const raw = await page.evaluate(storedItemsAsText);
    expect(raw).not.toContain('Written before the backup');
    expect(raw).not.toContain('Written under the lock');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toBe('Written before the backup');
    expect(await page.getByLabel('Point 2').inputValue()).toBe('Written under the lock');
  });

  it('offers a way on from the lock screen that loses nothing: a backup of the locked notes, then a fresh start', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: /^3\. / }).click();
    await addPoint(page, 'Kept through a forgotten passphrase');
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await turnOnTheLock(page, 'a passphrase soon forgotten');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');

    await page.getByText('Forgot the passphrase?').click();
    expect(await page.getByRole('button', { name: 'Delete everything and start again' }).isDisabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup with the notes still locked' }).click()]);
    const lockedBackup = (await download.path())!;
    expect(readFileSync(lockedBackup, 'utf8')).not.toContain('Kept through a forgotten passphrase');
    await page.getByRole('button', { name: 'Delete everything and start again' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete everything and start again' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Samtale');

    // The passphrase comes back: the locked backup restores the note.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.setInputFiles('#restore-file', lockedBackup);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('locked with the passphrase of the lock');
    await page.getByLabel('Passphrase of the lock in the browser the backup came from').fill('a passphrase soon forgotten');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => page.getByTestId('restore-lock').textContent()).toContain('1 note locked in the backup is opened');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByText('Restored.').count()).toBe(1);
    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: /^3\. / }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toBe('Kept through a forgotten passphrase');
  });

  it('keeps no note in plain text on disk, asks for the passphrase after a reload, and still exports and prints', async () => {
    const browser = await launchExtension();
    open.push(browser);
    const page = await browser.openPanel();
    await startDialogue(page, { date: '2026-12-01', manager: 'Kari Nordmann' });
    await page.getByRole('button', { name: /^2\. / }).click();
    await page.getByLabel('Conclusion on this topic').fill('Plain before the lock: monthly meetings');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Settings' }).click();
    await turnOnTheLock(page, 'correct horse battery');

    await page.getByRole('button', { name: 'My dialogues' }).click();
    await page.getByRole('button', { name: 'Open: 1 December 2026' }).click();
    await page.getByRole('button', { name: /^2\. / }).click();
    await expect.poll(() => page.getByLabel('Conclusion on this topic').inputValue()).toBe('Plain before the lock: monthly meetings');
    await addPoint(page, 'Secret point written under the lock');
    await waitUntilSaved(page);

    const raw = await page.evaluate(storedItemsAsText);
    expect(raw).not.toContain('monthly meetings');
    expect(raw).not.toContain('Secret point');
    expect(raw).toContain('"sealed":{"iv"');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Samtale is locked');
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong horse battery');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That passphrase is not right');
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByLabel('Point 1').inputValue()).toBe('Secret point written under the lock');

    await page.getByRole('button', { name: 'Summary and export' }).click();
    await expect.poll(() => page.getByTestId('export-preview').textContent()).toContain('Plain before the lock: monthly meetings');
    const [printPage] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('button', { name: 'Print or save as PDF' }).click()]);
    await expect.poll(() => printPage.locator('body').textContent()).toContain('Secret point written under the lock');
  });
});
