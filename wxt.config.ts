import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The UiO pages the side panel belongs to. Host access to them is the only host access Samtale asks for:
// it lets the background see that a tab shows a UiO employee page (to enable the panel there) without `tabs`.
export const UIO_EMPLOYEE_PAGES = ['*://www.uio.no/english/for-employees/*', '*://www.uio.no/for-ansatte/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Samtale',
    description: 'Prepare and hold the UiO one-to-one work dialogue, privately in your browser.',
    host_permissions: UIO_EMPLOYEE_PAGES,
    // WXT writes no `action` without a popup; the toolbar button is what opens the side panel.
    action: { default_title: 'Samtale' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'samtale@uio-dialogue.example', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
