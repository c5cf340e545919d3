import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageMessage } from '../lib/extension/runtime-messages';
import { UIO_EMPLOYEE_PAGE_PATTERNS } from '../lib/extension/panel-availability';

/** On every UiO employee page: tells the background that the side panel is to be offered in this tab. */
export default defineContentScript({
  matches: UIO_EMPLOYEE_PAGE_PATTERNS,
  runAt: 'document_start',
  main() {
    void browser.runtime.sendMessage({ type: 'employeePage' } satisfies PageMessage).catch(() => undefined);
  },
});
