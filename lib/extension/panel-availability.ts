/**
 * Where the Chromium side panel is available: on the UiO employee pages always, everywhere else only when the
 * user asks for it. Host access to those pages lets the background see a tab's address there without `tabs`.
 * Firefox has a sidebar instead, always available, and no `sidePanel` API: everything here is skipped there.
 */
/** Only over https: a page on plain http could be any network attacker's, and Samtale neither runs nor listens there. */
export const UIO_EMPLOYEE_PAGE = /^https:\/\/www\.uio\.no\/(english\/for-employees|for-ansatte)(\/|$)/;

export function isUioEmployeePage(url: string | undefined): boolean {
  return url !== undefined && UIO_EMPLOYEE_PAGE.test(url);
}

interface SidePanelApi {
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick?: boolean }): Promise<void>;
}

interface TabsApi {
  query(query: { url: string[] }): Promise<Array<{ id?: number }>>;
}

export interface PanelBrowser {
  sidePanel?: SidePanelApi;
  tabs: TabsApi;
  runtime: { onInstalled: { addListener(callback: () => void): void }; onStartup: { addListener(callback: () => void): void } };
}

export const PANEL_PATH = 'sidepanel.html';
export const UIO_EMPLOYEE_PAGE_PATTERNS = ['https://www.uio.no/english/for-employees/*', 'https://www.uio.no/for-ansatte/*'];

/** Offers the panel in one tab (one showing a UiO employee page), whatever the global setting. */
export function enablePanelInTab(sidePanel: Pick<SidePanelApi, 'setOptions'>, tabId: number): Promise<void> {
  return sidePanel.setOptions({ tabId, path: PANEL_PATH, enabled: true });
}

/**
 * Sets where the panel is available. Chromium drops a tab's own panel options when the global ones change, so
 * the UiO tabs open now are enabled again right after.
 */
export async function applyPanelEverywhere(browser: Pick<PanelBrowser, 'sidePanel' | 'tabs'>, everywhere: boolean): Promise<void> {
  const sidePanel = browser.sidePanel;
  if (!sidePanel) return;
  await sidePanel.setOptions({ path: PANEL_PATH, enabled: everywhere });
  const uioTabs = await browser.tabs.query({ url: UIO_EMPLOYEE_PAGE_PATTERNS });
  await Promise.all(uioTabs.map((tab) => tab.id !== undefined && enablePanelInTab(sidePanel, tab.id)));
}

export function registerPanelAvailability(browser: PanelBrowser, readPanelEverywhere: () => Promise<boolean>): void {
  const sidePanel = browser.sidePanel;
  if (!sidePanel) return;
  const configure = async () => {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    await applyPanelEverywhere(browser, await readPanelEverywhere().catch(() => false));
  };
  browser.runtime.onInstalled.addListener(() => void configure());
  browser.runtime.onStartup.addListener(() => void configure());
  // A tab showing a UiO employee page is enabled when the page's content script says so (lib/extension/page-bridge.ts),
  // not by listening to every tab: Chromium cannot filter tabs.onUpdated, and that listener woke the background
  // for every page loaded in any tab (it evaluates its whole script when it starts: 50–150 ms of a busy CPU).
}
