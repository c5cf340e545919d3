import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerDraftFlush } from '../lib/extension/background-flush';
import { openSamtaleDatabase, readPreferences } from '../lib/storage/db';
import { parsePolicy } from '../lib/extension/managed-policy';
import { registerPageBridge, type BridgeBrowser } from '../lib/extension/page-bridge';
import { registerPanelAvailability } from '../lib/extension/panel-availability';
import { registerReminders, type ReminderBrowser } from '../lib/extension/reminders';

export default defineBackground(() => {
  let opened: ReturnType<typeof openSamtaleDatabase> | undefined;
  const database = () => (opened ??= openSamtaleDatabase());
  registerPanelAvailability(browser, async () => {
    const stored = await readPreferences((await database()).db);
    if (stored?.panelEverywhere !== undefined) return stored.panelEverywhere;
    const policy = parsePolicy(await browser.storage?.managed?.get().catch(() => ({})));
    return policy.panelEverywhere ?? false;
  });
  // A database of a newer Samtale is never written to.
  registerDraftFlush(browser, async () => ((await database()).readOnly ? null : (await database()).db));
  registerReminders(browser as unknown as ReminderBrowser, async () => (await database()).db, navigator.languages);
  registerPageBridge(browser as unknown as BridgeBrowser, database);
});
