import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/panel/App';
import { trackInputModality } from '../../components/ui/input-modality';
import { PANEL_PORT_NAME } from '../../lib/domain/constants';
import { browserExportServices } from '../../lib/export/services';
import type { FlushDraftsMessage } from '../../lib/extension/runtime-messages';
import { REMINDER_PERMISSIONS } from '../../lib/extension/reminder-permissions';
import { createStore } from '../../lib/state/store';
import { localFirstScreenMemory, localPolicyMemory, localViewMemory } from '../../lib/state/view-memory';
import panelStyles from './style.css?inline';

async function main(): Promise<void> {
  performance.mark('samtale:script');
  // The style sheet comes inside the script: one file to fetch before the first screen, not two (a style sheet
  // in the page would also hold the script back until it had loaded). A constructed sheet is the script's own,
  // so the page's CSP, which refuses inline styles, still holds for everything else.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelStyles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  trackInputModality(document.documentElement);
  const store = createStore(async () => (await import('../../lib/storage/db')).openSamtaleDatabase(), {
    viewMemory: localViewMemory(globalThis.localStorage),
    firstScreenMemory: localFirstScreenMemory(globalThis.localStorage),
    loadPolicy: async () => browser.storage?.managed?.get(),
    policyMemory: localPolicyMemory(globalThis.localStorage),
    lockSignal: broadcastLockSignal(),
  });
  const exporter = browserExportServices(window, () => browser.runtime.getURL('/print.html'));
  // Must run inside the click that turns reminders on: the browser asks for permissions only on a user gesture.
  // Only the reminder permissions this browser's manifest lists as optional (Firefox: notifications alone). A
  // browser that refuses by throwing is refused like any other: the setting stays off and the panel says so.
  const requestReminderPermissions = async (enabled: boolean) => {
    const optional = new Set<string>(browser.runtime.getManifest().optional_permissions?.map(String) ?? []);
    const permissions = REMINDER_PERMISSIONS.filter((permission) => optional.has(permission));
    try {
      return enabled ? await browser.permissions.request({ permissions }) : (await browser.permissions.remove({ permissions }), false);
    } catch {
      return false;
    }
  };
  render(
    <App
      store={store}
      browserLanguages={navigator.languages}
      exporter={exporter}
      requestReminderPermissions={requestReminderPermissions}
      // Chromium's side panel can be offered on any site; Firefox's sidebar is the browser's own choice.
      canOpenPanelEverywhere={'sidePanel' in browser}
    />,
    document.getElementById('app')!,
  );
  void store.start();
  // Then, after the first frame, what the first screen does not need (the first touch of an extension API alone
  // costs a millisecond or two).
  requestAnimationFrame(() => setTimeout(() => {
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
    // The print view asks this panel for its document (only after an export's "Print": the code comes with it).
    void import('../../lib/export/print-channel').then((code) => code.answerPrintRequests(window, () => store.openDialogue.value));
    addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushOnClose());
    // Where the panel is offered: applied when the panel is idle (not in the way of its first screen), and again
    // only when that preference changes (not when the database confirms the remembered preferences). Within a
    // second even if the page never idles: seen once, in a fresh-clone CI run with a second test run beside it,
    // 'any website' checked and stored but not applied 20 s later; an idle callback without a deadline is the one
    // step on that path that can wait indefinitely (a panel in a background tab of a busy browser).
    const panelEverywhere = computed(() => store.preferences.value.panelEverywhere);
    effect(() => {
      const everywhere = panelEverywhere.value;
      requestIdleCallback(() => void import('../../lib/extension/panel-availability').then((code) => code.applyPanelEverywhere(browser, everywhere)), { timeout: 1000 });
    });
  }));
}

void main();

/**
 * One lock for every open panel (issue #16): "Lock now" or the auto-lock in one panel locks the others, over a
 * BroadcastChannel between the extension's own pages (no extension API, nothing a web page can join).
 */
function broadcastLockSignal(): { announce(): void; listen(onLocked: () => void): void } {
  const channel = new BroadcastChannel('samtale-lock');
  return {
    announce: () => channel.postMessage('locked'),
    listen: (onLocked) => channel.addEventListener('message', (event) => event.data === 'locked' && onLocked()),
  };
}
