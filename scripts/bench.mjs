// `npm run bench`: the side panel's speed and size with a large data set, each figure next to a reference
// measured in the same run, and PASS/FAIL against the budget of issue #7. Run after `wxt build` (the npm script
// does). Exits non-zero only when the size budget fails (timings vary with the machine; CI runs it too).
// Environment: BENCH_RUNS (default 9; cold opens at least 15), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_AT_LAUNCH=1 (also the cold open at the very moment the browser starts: reported, not budgeted, and 18 browser
// launches — about a minute — so CI leaves it out), BENCH_ONLY=restore (only the 200,000-note restore),
// BENCH_SKIP=restore (all but it: a minute and a half, which CI leaves out). Figures also go to .output/bench.json.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { asTopicRecords, countNotesContaining, generateDataSet, PLANTED_WORD } from './bench-data.mjs';
import { SIDE_PANEL_BUDGET_BYTES, sidePanelSizes } from './bundle-size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const FIRST_SCREEN_MARK = 'samtale:first-screen';
const READ_AFTER_MS = 400;
const COLD_SETTLE_MS = 1000;
const COLD_RUNS = Math.max(RUNS, 15);
// Warm pairs take a second each: enough of them that one slow page moves the median little.
const WARM_RUNS = Math.max(RUNS, 25);
const WRITE_MEASURE = 'samtale:write';
/** How many of the restore's notes the bare-put reference writes (scaled to all of them). */
const SIZE_FIGURE = 'side panel JS + CSS, first screen (gzip)';
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
const p95 = (values) => quantile(values, 0.95);
const ms = (value) => `${value.toFixed(1)} ms`;
const log = (...args) => console.error('·', ...args);

/** The built extension plus one blank page: the reference for opening a page of this extension. */
export function extensionWithBlankPage() {
  const dir = mkdtempSync(join(tmpdir(), 'samtale-bench-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><p>Blank</p></body></html>');
  // The floor of any page a script draws: the same word, put in by a module script of one line (the first run's
  // figure is read beside it: the panel can come no nearer the blank page than this).
  writeFileSync(join(dir, 'bench-script.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Script</title><script type="module" src="/bench-script.js"></script></head><body></body></html>');
  writeFileSync(join(dir, 'bench-script.js'), "document.body.append(Object.assign(document.createElement('p'), { textContent: 'Blank' }));");
  return dir;
}

/**
 * The welcome as a new profile's panel draws it (its markup and its constructed style sheet), written into the
 * extension copy as a plain page with no script at all (the markup in the HTML, the style sheet linked): the floor
 * for drawing that content, before any code would run.
 */
async function writeWelcomePage(extensionDir) {
  const dir = mkdtempSync(join(tmpdir(), 'samtale-bench-welcome-'));
  try {
    const { context, origin } = await launch(extensionDir, dir);
    const page = await context.newPage();
    await page.goto(`${origin}/sidepanel.html`);
    await page.waitForSelector('#welcome-heading');
    const { markup, css } = await page.evaluate(() => ({
      markup: document.getElementById('app').innerHTML,
      css: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    }));
    await context.close();
    writeFileSync(join(extensionDir, 'bench-welcome.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Welcome</title><link rel="stylesheet" href="/bench-welcome.css"></head><body><div id="app">${markup}</div></body></html>`);
    writeFileSync(join(extensionDir, 'bench-welcome.css'), css);
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

export async function launch(extensionDir, userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-GB',
    viewport: { width: 400, height: 900 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return { context, origin };
}

/**
 * Time from navigation start: to the panel's first screen with its data, or to the blank page's first paint.
 * Read only once the page has had time to draw: a script evaluated in the page while it starts (Playwright's
 * own, ~10 ms on a cold start) would delay the very frame it measures, and only on the page whose load event
 * comes before its first frame (the panel's).
 */
export async function openTime(page, url, isPanel) {
  await page.goto(url);
  await page.waitForTimeout(READ_AFTER_MS);
  return page.evaluate(
    ({ isPanel, mark }) =>
      new Promise((resolve) => {
        const read = () => {
          const entry = isPanel ? performance.getEntriesByName(mark)[0] : performance.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
          else setTimeout(read, 5);
        };
        read();
      }),
    { isPanel, mark: FIRST_SCREEN_MARK },
  );
}

/** Clicks, then times until the page shows what is expected (checked on every DOM change and every frame). */
export function timedClick(page, click, until) {
  return page.evaluate(
    ({ click, until }) =>
      new Promise((resolve, reject) => {
        const candidates = [...document.querySelectorAll(click.selector)];
        const target = click.text ? candidates.find((element) => element.textContent.trim() === click.text) : candidates[0];
        if (!target) return reject(new Error(`nothing to click: ${JSON.stringify(click)}`));
        const done = () => {
          if (until.selector && !document.querySelector(until.selector)) return false;
          if (until.count !== undefined && document.querySelectorAll(until.countSelector).length < until.count) return false;
          if (until.value !== undefined && ![...document.querySelectorAll('textarea, input')].some((field) => field.value === until.value)) return false;
          return true;
        };
        let finished = false;
        const finish = () => {
          if (finished || !done()) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const frame = () => {
          finish();
          if (!finished) requestAnimationFrame(frame);
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          finished = true;
          reject(new Error(`timed out waiting for ${JSON.stringify(until)}; the page shows: ${document.querySelector('main')?.innerText.slice(0, 300)}`));
        }, 15_000);
        const start = performance.now();
        target.click();
        requestAnimationFrame(frame);
      }),
    { click, until },
  );
}

/**
 * Installed in a page: per keystroke, (1) the page's own work: from keydown to the end of the microtasks after the
 * input event (its handlers and the redraw they queue), and (2) keydown to the next task, which also holds the
 * browser's frame when one is due. Call window.benchRecordKeystrokes() to start.
 */
/**
 * In a page: bare puts of a stored record as it is (the topic record that holds the note typed in), each started
 * from a timer after `pauseMs` (0: one after another); the time of each to commit.
 */
const BARE_PUTS = ({ key, count, pauseMs }) =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open('samtale');
    request.onerror = () => reject(request.error);
    request.onsuccess = async () => {
      const db = request.result;
      const record = await new Promise((done) => (db.transaction('topicItems').objectStore('topicItems').get(key).onsuccess = (event) => done(event.target.result)));
      const times = [];
      for (let i = 0; i < count; i++) {
        if (pauseMs > 0) await new Promise((done) => setTimeout(done, pauseMs));
        const start = performance.now();
        await new Promise((done, fail) => {
          const transaction = db.transaction('topicItems', 'readwrite');
          transaction.objectStore('topicItems').put(record);
          transaction.oncomplete = done;
          transaction.onerror = () => fail(transaction.error);
        });
        times.push(performance.now() - start);
      }
      db.close();
      resolve(times);
    };
  });

const KEYSTROKE_RECORDER = () => {
  window.benchKeystrokes = { work: [], toNextTask: [] };
  window.benchRecordKeystrokes = () => {
    let start = 0;
    addEventListener(
      'keydown',
      () => {
        start = performance.now();
        const began = start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.benchKeystrokes.toNextTask.push(performance.now() - began);
        channel.port2.postMessage(null);
      },
      { capture: true },
    );
    // On window, bubbling: after the field's own listener; its queued redraw runs before these microtasks.
    addEventListener('input', () => queueMicrotask(() => queueMicrotask(() => window.benchKeystrokes.work.push(performance.now() - start))));
  };
};

/** The same typing into a bare text area on a blank extension page: the browser's own floor. */
async function typingOnBlankPage(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/bench-blank.html`);
  await page.evaluate(KEYSTROKE_RECORDER);
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.value = 'A self-assessment of a realistic length, a sentence or two about the year that has passed.';
    document.body.append(area);
    area.focus();
    window.benchRecordKeystrokes();
  });
  await page.keyboard.type(' Typing along at a steady pace, as in the meeting.', { delay: 35 });
  const times = await page.evaluate(() => window.benchKeystrokes.toNextTask);
  await page.close();
  return times;
}

/** Types a query into the search field and times until the result for exactly that query is shown. */
function timedSearch(page, query) {
  return page.evaluate(
    (query) =>
      new Promise((resolve, reject) => {
        const input = document.querySelector('.note-search input[type="search"]');
        const status = document.querySelector('.note-search .search-status');
        const done = () => status.dataset.query === query && status.textContent.trim() !== '';
        let finished = false;
        const finish = () => {
          if (finished || !done()) return;
          finished = true;
          observer.disconnect();
          resolve({ ms: performance.now() - start, status: status.textContent.trim() });
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.querySelector('.note-search'), { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => !finished && (observer.disconnect(), reject(new Error(`search for ${query} timed out`))), 15_000);
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

export async function seed(page, data) {
  const write = (store, records) =>
    page.evaluate(
      ({ store, records }) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('samtale');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const transaction = db.transaction(store, 'readwrite');
            for (const record of records) transaction.objectStore(store).put(record);
            transaction.oncomplete = () => (db.close(), resolve());
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      { store, records },
    );
  await write('people', data.people);
  await write('dialogues', data.dialogues);
  const records = asTopicRecords(data.items);
  for (let i = 0; i < records.length; i += 200) await write('topicItems', records.slice(i, i + 200));
}

const results = [];
function report(name, value, { reference, unit = 'ms', budget, check, detail = '' }) {
  const ratio = reference ? value / reference : undefined;
  const measured = check ?? ratio ?? value;
  const pass = budget === undefined ? undefined : measured <= budget;
  results.push({ name, value, unit, reference, ratio, budget, budgetOnRatio: check === undefined && ratio !== undefined, pass, detail });
}

/** How many times the large restore runs, each into a new profile: its figures are medians (one run on this shared machine moved by ±0.5 s). */
const RESTORE_RUNS = 3;

/**
 * Issue #16: restoring 200,000 notes into an empty profile, as a user does it (Settings → choose the file → the
 * plan → Restore). Time to the plan, time to "Restored.", and the longest main-thread task meanwhile (a long task
 * is a freeze of the panel); then, in the last run's page, the floor: bare puts of the same records.
 */
async function restoreOnce(extensionDir, file, records) {
  const profile = mkdtempSync(join(tmpdir(), 'samtale-bench-restore-profile-'));
  try {
    const { context, origin } = await launch(extensionDir, profile);
    const page = await context.newPage();
    await openTime(page, `${origin}/sidepanel.html`, true);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.evaluate(() => {
      window.benchLongestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.benchLongestTask = Math.max(window.benchLongestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    // As a user does: clicks the field (the restore gets ready while the chooser is open: its worker loads and
    // opens the database) and picks the file. The clock starts when the file is chosen, as the budget says.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#restore-file')]);
    // A person takes a second or more to find the file in the chooser (the automated one answers at once).
    await page.waitForTimeout(1000);
    const started = Date.now();
    await chooser.setFiles(file);
    // Generous limits, so a slow run is measured rather than cut short.
    await page.getByTestId('restore-plan').waitFor({ timeout: 180_000 });
    const planned = Date.now();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Restored.').waitFor({ timeout: 180_000 });
    const applied = Date.now();
    const longest = await page.evaluate(() => window.benchLongestTask);
    log(`restore measured: plan ${ms(planned - started)}, apply ${ms(applied - planned)}, longest task ${ms(longest)}`);
    const bare = records ? await barePutsOf(page, records) : null;
    await context.close();
    return { plan: planned - started, apply: applied - planned, longest, bare };
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * The floor of the restore's write: bare puts of the same records (a dialogue's notes of one topic in one record, as
 * Samtale stores them) in the same browser, into a store with Samtale's key, one transaction, pipelined as the
 * restore's are. Handed over a few hundred at a time (one call with all 78 MB closes the page).
 */
async function barePutsOf(page, records) {
  await page.evaluate(() => (window.benchRecords = []));
  for (let i = 0; i < records.length; i += 200) await page.evaluate((chunk) => window.benchRecords.push(...chunk), records.slice(i, i + 200));
  return page.evaluate(async () => {
    const records = window.benchRecords;
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(`bench-bare-puts-${Math.random()}`, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('topicItems', { keyPath: ['dialogueId', 'topicId'] });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const transaction = db.transaction('topicItems', 'readwrite');
      let next = 0;
      const batch = () => {
        let last;
        for (let count = 0; count < 40 && next < records.length; count++) last = transaction.objectStore('topicItems').put(records[next++]);
        if (last && next < records.length) last.onsuccess = batch;
      };
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      batch();
    });
    const elapsed = performance.now() - started;
    db.close();
    indexedDB.deleteDatabase(db.name);
    window.benchRecords = null;
    return elapsed;
  });
}

async function restoreLargeBackup(extensionDir) {
  const data = generateDataSet({ employees: 40, years: 10, notesPerDialogue: 500, largestNotes: 400 });
  const file = join(tmpdir(), `samtale-bench-restore-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ format: 'samtale-backup', version: 1, exportedAt: new Date().toISOString(), data: { dialogues: data.dialogues, items: data.items, people: data.people, preferences: null } }));
  const records = asTopicRecords(data.items);
  try {
    const runs = [];
    for (let run = 0; run < RESTORE_RUNS; run++) runs.push(await restoreOnce(extensionDir, file, run === RESTORE_RUNS - 1 ? records : null));
    const each = (figure) => runs.map((run) => ms(run[figure])).join(', ');
    const bare = runs.at(-1).bare;
    const plan = median(runs.map((run) => run.plan));
    const apply = median(runs.map((run) => run.apply));
    const longest = Math.max(...runs.map((run) => run.longest));
    report(`restore ${data.items.length} notes: choose the file to the plan shown (median)`, plan, { budget: 3000, check: plan, detail: `${data.dialogues.length} dialogues, file ${(JSON.stringify(data).length / 2 ** 20).toFixed(0)} MB; runs ${each('plan')}` });
    report('  … Restore clicked to "Restored." (median)', apply, { reference: bare, budget: 20_000, check: apply, detail: `one IndexedDB transaction below Dexie, a topic's notes to a record (${records.length.toLocaleString('en')} records), with progress; runs ${each('apply')}; reference: bare puts of the same records` });
    report('  … longest freeze of the panel meanwhile (long task, of all runs)', longest, { budget: 200, check: longest, detail: 'the file is read, checked and written in a worker (lib/files/restore.worker.ts)' });
  } catch (error) {
    report(`restore ${data.items.length} notes: did not finish`, Number.NaN, { budget: 3000, check: Number.POSITIVE_INFINITY, detail: String(error).split('\n')[0] });
  } finally {
    rmSync(file, { force: true });
  }
}

async function main() {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}`;
  log(`machine: ${machine}; ${RUNS} runs per figure`);

  // Size: deterministic, from the build.
  const sizes = sidePanelSizes(BUILD);
  const kB = (bytes) => bytes / 1000;
  report(SIZE_FIGURE, kB(sizes.firstScreen), { unit: 'kB', budget: kB(SIDE_PANEL_BUDGET_BYTES), detail: `up front ${kB(sizes.upFront).toFixed(1)} kB (messages included) + database ${kB(sizes.database).toFixed(1)} kB` });
  report('  … with a dialogue open (+ its guide, last year’s review)', kB(sizes.dialogueScreen), { unit: 'kB', detail: 'reported, not budgeted' });
  for (const entry of sizes.entries) report(`  entry ${entry.name} (gzip, up front)`, kB(entry.gzipBytes), { unit: 'kB', detail: `+ lazy chunks it imports directly: ${kB(entry.lazyGzipBytes).toFixed(1)} kB` });

  if (process.env.BENCH_ONLY === 'restore') {
    const extensionDir = extensionWithBlankPage();
    await restoreLargeBackup(extensionDir);
    rmSync(extensionDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    return printResults(machine);
  }
  const data = generateDataSet();
  log(`data set: ${data.people.length} employees, ${data.dialogues.length} dialogues, ${data.items.length} notes`);
  const extensionDir = extensionWithBlankPage();
  const profile = mkdtempSync(join(tmpdir(), 'samtale-bench-profile-'));
  try {
    // Seed through the extension's own origin (the database is Samtale's, created by the panel).
    {
      const { context, origin } = await launch(extensionDir, profile);
      const page = await context.newPage();
      await openTime(page, `${origin}/sidepanel.html`, true);
      await seed(page, data);
      await page.evaluate(() => localStorage.removeItem('samtale.view'));
      await context.close();
    }

    // Cold open: the first page of a browser started a moment before (the first click of a user: the panel
    // opens from the toolbar, so never before the browser's window is up), and, reported beside it, the first
    // page at the very moment the browser starts, when Chromium's own start-up takes the CPU. Blank and panel
    // alternate; each open is a new browser. `newProfile`: each in a profile of its own, made for it and read by
    // first contentful paint (the first run below).
    const coldOpens = async (settleMs, runs, { newProfile = false, kinds = ['blank', 'panel'] } = {}) => {
      const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
      for (let run = 0; run < runs; run++) {
        for (const kind of run % 2 ? [...kinds].reverse() : kinds) {
          const dir = newProfile ? mkdtempSync(join(tmpdir(), 'samtale-bench-first-run-')) : profile;
          try {
            const { context, origin } = await launch(extensionDir, dir);
            const page = await context.newPage();
            await new Promise((resolve) => setTimeout(resolve, settleMs));
            times[kind].push(await openTime(page, `${origin}/${kind === 'panel' ? 'sidepanel' : `bench-${kind}`}.html`, kind === 'panel' && !newProfile));
            await context.close();
          } finally {
            if (newProfile) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
          }
        }
      }
      return times;
    };
    const cold = await coldOpens(COLD_SETTLE_MS, COLD_RUNS);
    log(`cold open, browser started ${COLD_SETTLE_MS} ms before (ms): blank ${cold.blank.map(Math.round).join(' ')}; panel ${cold.panel.map(Math.round).join(' ')}`);
    const atLaunch = process.env.BENCH_AT_LAUNCH === '1' ? await coldOpens(0, RUNS) : null;
    if (atLaunch) log(`cold open at browser launch (ms): blank ${atLaunch.blank.map(Math.round).join(' ')}; panel ${atLaunch.panel.map(Math.round).join(' ')}`);
    // First run: the very first open of a new profile (nothing remembered, the database still to be made), by first
    // contentful paint beside a blank page's in a new profile too. The welcome needs no data and is drawn before the
    // database opens (issue #30: this first paint was 2.0× a blank page's while the panel waited for the database).
    // Beside them, two floors: a page a one-line module script draws (what any script costs), and the welcome itself
    // (its markup and the panel's style sheet, as the panel drew them) as a plain page without a script: what drawing
    // this content costs before any code runs.
    await writeWelcomePage(extensionDir);
    const firstRun = await coldOpens(COLD_SETTLE_MS, RUNS, { newProfile: true, kinds: ['blank', 'script', 'welcome', 'panel'] });
    log(`first run (first contentful paint, ms): ${Object.entries(firstRun).map(([kind, times]) => `${kind} ${times.map(Math.round).join(' ')}`).join('; ')}`);

    const { context, origin } = await launch(extensionDir, profile);
    const page = await context.newPage();
    // The panel's own errors, if any, belong in the report.
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && log(`console error: ${message.text()}`));
    const panelUrl = `${origin}/sidepanel.html`;
    // Warm open: the same browser, page after page.
    const warm = { blank: [], panel: [] };
    for (let run = -2; run < WARM_RUNS * 2; run++) {
      const kind = run % 2 ? 'panel' : 'blank';
      const time = await openTime(page, kind === 'panel' ? panelUrl : `${origin}/bench-blank.html`, kind === 'panel');
      if (run >= 0) warm[kind].push(time);
    }
    report('open to first screen, warm (median)', median(warm.panel), { reference: median(warm.blank), budget: 1.3, detail: `blank page ${ms(median(warm.blank))}; ${WARM_RUNS} runs` });
    report('open to first screen, cold (median)', median(cold.panel), { reference: median(cold.blank), budget: 1.6, detail: `blank page ${ms(median(cold.blank))}; first page of a browser started ${COLD_SETTLE_MS / 1000} s before; ${COLD_RUNS} runs` });
    report('first open of a new profile, first paint (median)', median(firstRun.panel), { reference: median(firstRun.blank), budget: 1.3, detail: `blank page ${ms(median(firstRun.blank))} in a new profile too; floors: a page a one-line module script draws ${ms(median(firstRun.script))} (${(median(firstRun.script) / median(firstRun.blank)).toFixed(2)}×), the welcome's markup and style sheet as a page without a script ${ms(median(firstRun.welcome))} (${(median(firstRun.welcome) / median(firstRun.blank)).toFixed(2)}×); the welcome, before the database opens; ${RUNS} runs` });
    if (atLaunch) report('  … cold, at the moment the browser starts (median)', median(atLaunch.panel), { reference: median(atLaunch.blank), detail: `blank page ${ms(median(atLaunch.blank))}; reported, not budgeted: Chromium's own start-up dominates` });
    log(`warm open measured (ms): blank ${warm.blank.map(Math.round).join(' ')}; panel ${warm.panel.map(Math.round).join(' ')}`);

    // The largest dialogue: employee 0, this year. Reached as a manager does: employees, the person, the dialogue.
    const largest = data.dialogues.find((dialogue) => dialogue.id === data.largestDialogueId);
    const largestItems = data.items.filter((item) => item.dialogueId === largest.id);
    const textOf = (kind, topicId) => largestItems.find((item) => item.kind === kind && item.topicId === topicId).text;
    const person = data.people.find((p) => p.id === largest.employeeId);
    const openTimes = [];
    const switchTimes = [];
    const overviewTimes = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(panelUrl);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Measured in a settled panel (it fetches the other areas' code while idle after its first screen).
      await page.waitForTimeout(1000);
      overviewTimes.push(await timedClick(page, { selector: 'nav.app-nav button', text: 'My employees' }, { countSelector: '.people-list > li', count: data.people.length }));
      await page.getByRole('button', { name: person.name, exact: true }).click();
      const dialogueButton = `.dialogue-list li[data-dialogue-id="${largest.id}"] button`;
      await page.locator(dialogueButton).waitFor();
      openTimes.push(await timedClick(page, { selector: dialogueButton }, { selector: `.dialogue[data-dialogue-id="${largest.id}"] #topic-t1`, value: textOf('selfAssessment', 't1') }));
      for (const topic of ['t2', 't3', 't4', 't5', 't6', 't7']) {
        switchTimes.push(
          await timedClick(page, { selector: 'main nav.pager button.primary' }, { selector: `#topic-${topic}`, value: textOf('conclusion', topic) }),
        );
      }
    }
    report('open the largest dialogue (400 notes), click to notes shown (median)', median(openTimes), { detail: `p95 ${ms(p95(openTimes))}` });
    report('switch topic in it, click to notes shown (median)', median(switchTimes), { detail: `p95 ${ms(p95(switchTimes))}` });
    report('manager overview (40 employees, 410 dialogues), p95', p95(overviewTimes), { budget: 50, check: p95(overviewTimes), detail: `median ${ms(median(overviewTimes))}` });
    log('dialogue and overview measured');

    // Typing in the largest dialogue: main-thread work per keystroke, and each committed write against a bare put.
    const selfAssessment = largestItems.find((item) => item.kind === 'selfAssessment');
    await page.evaluate((route) => localStorage.setItem('samtale.view', JSON.stringify(route)), { name: 'dialogue', dialogueId: largest.id, topicIndex: 0 });
    await page.goto(panelUrl);
    await page.evaluate(KEYSTROKE_RECORDER);
    await page.waitForFunction((text) => [...document.querySelectorAll('textarea')].some((area) => area.value === text), selfAssessment.text);
    // Typing starts once the panel has settled (its idle loading done), as a person starts a second later.
    await page.waitForTimeout(1000);
    await page.evaluate((text) => {
      const area = [...document.querySelectorAll('textarea')].find((candidate) => candidate.value === text);
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
      window.benchLongFrames = 0;
      new PerformanceObserver((list) => (window.benchLongFrames += list.getEntries().length)).observe({ type: 'long-animation-frame' });
      window.benchRecordKeystrokes();
      performance.clearMeasures('samtale:write');
    }, selfAssessment.text);
    await page.keyboard.type(' Typing along at a steady pace, as in the meeting.', { delay: 35 });
    await page.waitForTimeout(1200);
    // One write per keystroke: type, let the debounce pass, repeat.
    // After each, the reference: a bare put of the same record in the same page, also from a timer in a quiet
    // page, as the panel's write runs (a tight loop of puts is faster than any one write after a pause).
    const lastKeyToCommit = [];
    const puts = [];
    for (let i = 0; i < RUNS * 4; i++) {
      const before = await page.evaluate(() => performance.now());
      await page.keyboard.type('x');
      await page.waitForFunction((since) => performance.getEntriesByName('samtale:write').some((entry) => entry.startTime > since), before);
      lastKeyToCommit.push(await page.evaluate((since) => {
        const entry = performance.getEntriesByName('samtale:write').find((candidate) => candidate.startTime > since);
        return entry.startTime + entry.duration - since;
      }, before));
      puts.push(...(await page.evaluate(BARE_PUTS, { key: [largest.id, selfAssessment.topicId], count: 1, pauseMs: 300 })));
    }
    const { keystrokes, toNextTask, writes, longFrames } = await page.evaluate((measure) => ({
      keystrokes: window.benchKeystrokes.work,
      toNextTask: window.benchKeystrokes.toNextTask,
      writes: performance.getEntriesByName(measure).map((entry) => entry.duration),
      longFrames: window.benchLongFrames,
    }), WRITE_MEASURE);
    const tightPuts = await page.evaluate(BARE_PUTS, { key: [largest.id, selfAssessment.topicId], count: 40, pauseMs: 0 });
    log(`writes (ms): ${writes.map((w) => w.toFixed(1)).join(' ')}`);
    log(`bare puts after a pause (ms): ${puts.map((w) => w.toFixed(1)).join(' ')}`);
    report('committed write of a note, p95', p95(writes), { reference: p95(puts), budget: 2, detail: `median ${ms(median(writes))}; bare IndexedDB put after a pause p95 ${ms(p95(puts))}, median ${ms(median(puts))}; ${writes.length} writes` });
    report('  bare IndexedDB put, 40 in a row, p95', p95(tightPuts), { detail: `median ${ms(median(tightPuts))}; the floor of a put, for comparison` });
    report('Samtale’s work per keystroke (handlers and redraw), p95', p95(keystrokes), { budget: 16, check: p95(keystrokes), detail: `median ${ms(median(keystrokes))}, max ${ms(Math.max(...keystrokes))}; ${keystrokes.length} keystrokes; ${longFrames} frames over 50 ms` });
    const blankTyping = await typingOnBlankPage(context, origin);
    report('  keystroke to the next task, browser frame included, p95', p95(toNextTask), { reference: p95(blankTyping), detail: `median ${ms(median(toNextTask))}; a bare text area on a blank page: median ${ms(median(blankTyping))}` });
    report('last keystroke to committed write (median)', median(lastKeyToCommit), { detail: 'includes the deliberate 300 ms autosave pause' });
    log('typing measured');

    // Search over every note, from the manager overview.
    await page.evaluate(() => localStorage.removeItem('samtale.view'));
    await page.goto(panelUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'My employees', exact: true }).click();
    const firstSearch = await page.evaluate(() => new Promise((resolve) => {
      const wait = () => (document.querySelector('.note-search input') ? resolve() : requestAnimationFrame(wait));
      wait();
    })).then(() => timedSearch(page, PLANTED_WORD));
    const expected = countNotesContaining(data.items, PLANTED_WORD);
    const found = Number(/\d+/.exec(firstSearch.status)?.[0] ?? -1);
    const queries = ['veiledning', 'workload', 'konferanse', 'ar', 'helse balanse', 'Kvalitet', PLANTED_WORD, 'zzqx', 'mål', 'feedback', 'the', 'prosjekt søknad'];
    const searchTimes = [];
    for (let run = 0; run < Math.max(2, Math.ceil(RUNS / 3)); run++) for (const query of queries) searchTimes.push((await timedSearch(page, query)).ms);
    report('search over all notes, typed query to results shown, p95', p95(searchTimes), { budget: 50, check: p95(searchTimes), detail: `median ${ms(median(searchTimes))}; first search (index built) ${ms(firstSearch.ms)}` });
    report('search finds exactly the notes with a planted word', found, { unit: 'notes', budget: 0, check: Math.abs(found - expected), detail: `expected ${expected}` });

    // Heap with the data set loaded, the overview open and the index built.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    report('side panel JS heap after overview and search', usedSize / 2 ** 20, { unit: 'MB', budget: 50, detail: `${data.items.length} notes indexed` });
    log('search and heap measured');

    // Export of the largest dialogue.
    await page.evaluate((route) => localStorage.setItem('samtale.view', JSON.stringify(route)), { name: 'export', dialogueId: largest.id, topicIndex: 0 });
    await page.goto(panelUrl);
    await page.getByRole('button', { name: 'Copy everything' }).waitFor();
    await page.evaluate(() => {
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      navigator.clipboard.write = async (items) => {
        await write(items);
        window.benchCopied = performance.now();
      };
    });
    const exportTime = (button, waitFor) =>
      page.evaluate(
        ({ button, waitFor }) =>
          new Promise((resolve, reject) => {
            const target = [...document.querySelectorAll('main button')].find((candidate) => candidate.textContent.trim() === button);
            window.benchCopied = 0;
            let saved = 0;
            const observer = new MutationObserver((mutations) => {
              if (mutations.some((mutation) => [...mutation.addedNodes].some((node) => node.nodeName === 'A' && node.download))) saved = performance.now();
            });
            observer.observe(document.body, { childList: true });
            const start = performance.now();
            target.click();
            const poll = () => {
              const end = waitFor === 'clipboard' ? window.benchCopied : saved;
              if (end) return observer.disconnect(), resolve(end - start);
              if (performance.now() - start > 15_000) return reject(new Error(`${button} timed out`));
              setTimeout(poll, 1);
            };
            poll();
          }),
        { button, waitFor },
      );
    const htmlTimes = [];
    const docxTimes = [];
    for (let run = 0; run < RUNS; run++) {
      htmlTimes.push(await exportTime('Copy everything', 'clipboard'));
      docxTimes.push(await exportTime('Download Word (.docx)', 'file'));
    }
    report('export: copy as rich text (HTML) (median)', median(htmlTimes), { budget: 100, check: median(htmlTimes), detail: `p95 ${ms(p95(htmlTimes))}; first ${ms(htmlTimes[0])}` });
    report('export: .docx (median)', median(docxTimes), { budget: 500, check: median(docxTimes), detail: `p95 ${ms(p95(docxTimes))}; first (loads the .docx code) ${ms(docxTimes[0])}` });
    await context.close();
    if (process.env.BENCH_SKIP !== 'restore') await restoreLargeBackup(extensionDir);
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    rmSync(extensionDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  printResults(machine);
}

function printResults(machine) {
  const rows = results.map((result) => {
    const figure = `${result.value.toFixed(1)} ${result.unit}`;
    const ratio = result.ratio !== undefined ? `${result.ratio.toFixed(2)}× (ref ${result.reference.toFixed(1)} ms)` : '';
    const verdict = result.pass === undefined ? '' : result.pass ? 'PASS' : 'FAIL';
    // A budget on the ratio reads "≤ 1.3×"; one on the figure itself (`check`, beside a reported reference) "≤ 20000".
    const budget = result.budget === undefined ? '' : result.budgetOnRatio ? `≤ ${result.budget}×` : `≤ ${result.budget}`;
    return [result.name, figure, ratio, budget, verdict, result.detail];
  });
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`Samtale benchmark — ${machine}; ${RUNS} runs`);
  for (const row of rows) console.log(row.map((cell, column) => (column < 5 ? cell.padEnd(widths[column]) : cell)).join('  '));
  writeFileSync(join(ROOT, '.output/bench.json'), JSON.stringify({ machine, runs: RUNS, results }, null, 2));
  const failed = results.filter((result) => result.pass === false);
  console.log(failed.length === 0 ? 'All budgets PASS.' : `${failed.length} budget(s) FAIL: ${failed.map((result) => result.name.trim()).join('; ')}.`);
  // Timings depend on the machine; only the size is deterministic, so only the size fails the run (CI).
  if (results.find((result) => result.name === SIZE_FIGURE)?.pass === false) process.exitCode = 1;
}

// Run when called as a script; other scripts may import the helpers above.
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
