import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { PANEL_PORT_NAME } from '../../lib/constants';
import { browserExportServices } from '../../lib/export/services';
import { answerPrintRequests } from '../../lib/export/print-channel';
import type { FlushDraftsMessage } from '../../lib/messages';
import { REMINDER_PERMISSIONS } from '../../lib/reminder-permissions';
import { createStore } from '../../lib/store';
import { localFirstScreenMemory, localPolicyMemory, localViewMemory } from '../../lib/view-memory';
import './style.css';

async function main(): Promise<void> {
  performance.mark('samtale:script');
  const store = createStore(async () => (await import('../../lib/db')).openSamtaleDatabase(), {
    viewMemory: localViewMemory(globalThis.localStorage),
    firstScreenMemory: localFirstScreenMemory(globalThis.localStorage),
    loadPolicy: async () => browser.storage?.managed?.get(),
    policyMemory: localPolicyMemory(globalThis.localStorage),
  });
  const background = browser.runtime.connect({ name: PANEL_PORT_NAME });
  // The last keystrokes are written before the panel goes away: by the panel if it has time, and by the
  // background, which outlives it, in case it has not.
  const flushOnClose = () => {
    const drafts = store.pendingDrafts();
    if (drafts.length > 0) background.postMessage({ type: 'flushDrafts', drafts } satisfies FlushDraftsMessage);
    void store.flush();
  };
  addEventListener('pagehide', flushOnClose);
  // Any use keeps an open lock open; it locks itself after the chosen minutes without use.
  for (const type of ['keydown', 'pointerdown']) addEventListener(type, () => store.lock.noteActivity(), { passive: true });
  answerPrintRequests(window, () => store.openDialogue.value);
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushOnClose());
  // Where the panel is offered: applied when the panel is idle (not in the way of its first screen), and again
  // only when that preference changes (not when the database confirms the remembered preferences).
  const panelEverywhere = computed(() => store.preferences.value.panelEverywhere);
  effect(() => {
    const everywhere = panelEverywhere.value;
    requestIdleCallback(() => void import('../../lib/panel-availability').then((code) => code.applyPanelEverywhere(browser, everywhere)));
  });
  const exporter = browserExportServices(window, browser.runtime.getURL('/print.html'));
  // Must run inside the click that turns reminders on: the browser asks for permissions only on a user gesture.
  const requestReminderPermissions = async (enabled: boolean) =>
    enabled
      ? browser.permissions.request({ permissions: [...REMINDER_PERMISSIONS] })
      : (await browser.permissions.remove({ permissions: [...REMINDER_PERMISSIONS] }), false);
  render(
    <App store={store} browserLanguages={navigator.languages} exporter={exporter} requestReminderPermissions={requestReminderPermissions} />,
    document.getElementById('app')!,
  );
  void store.start();
}

void main();
