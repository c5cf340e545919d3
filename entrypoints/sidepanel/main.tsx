import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { applyPanelEverywhere } from '../../lib/panel-availability';
import { SamtaleDatabase } from '../../lib/db';
import { createStore } from '../../lib/store';
import { localViewMemory } from '../../lib/view-memory';
import './style.css';

function main(): void {
  const store = createStore(new SamtaleDatabase(), { viewMemory: localViewMemory(globalThis.localStorage) });
  // The last keystrokes are written before the panel goes away.
  addEventListener('pagehide', () => void store.flush());
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void store.flush());
  effect(() => void applyPanelEverywhere(browser, store.preferences.value.panelEverywhere));
  render(<App store={store} browserLanguages={navigator.languages} />, document.getElementById('app')!);
  void store.start();
}

main();
