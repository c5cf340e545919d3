import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerDraftFlush } from '../lib/background-flush';
import { SamtaleDatabase } from '../lib/db';
import { registerPanelAvailability } from '../lib/panel-availability';
import { registerReminders, type ReminderBrowser } from '../lib/reminders';

export default defineBackground(() => {
  let db: SamtaleDatabase | undefined;
  const openDatabase = () => (db ??= new SamtaleDatabase());
  registerPanelAvailability(browser, async () => (await openDatabase().settings.get('preferences'))?.value.panelEverywhere ?? false);
  registerDraftFlush(browser, openDatabase);
  registerReminders(browser as unknown as ReminderBrowser, openDatabase, navigator.languages);
});
