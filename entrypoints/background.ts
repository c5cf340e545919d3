import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SamtaleDatabase } from '../lib/db';
import { registerPanelAvailability } from '../lib/panel-availability';

export default defineBackground(() => {
  registerPanelAvailability(browser, async () => {
    const record = await new SamtaleDatabase().settings.get('preferences');
    return record?.value.panelEverywhere ?? false;
  });
});
