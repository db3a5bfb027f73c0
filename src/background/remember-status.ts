// Keeps each tab's last announced status in storage.session for the popup's first render
// (src/lib/remembered-status.ts says why and what is kept). Entries go with their tab; the
// whole area goes when the browser closes or the extension is reloaded or updated.
import browser from 'webextension-polyfill';
import type { TabStatus } from '../lib/messages';
import { rememberedEntry, rememberedStatusKey } from '../lib/remembered-status';

export async function rememberStatus(tabId: number, status: TabStatus, url: string | undefined): Promise<void> {
  const key = rememberedStatusKey(tabId);
  try {
    // No address, nothing to match it with later: drop the old entry rather than keep it.
    if (url === undefined) await browser.storage.session.remove(key);
    else await browser.storage.session.set({ [key]: rememberedEntry(status, url) });
  } catch {
    // Session storage unavailable: the popup then waits for the tab's own answer.
  }
}

browser.tabs?.onRemoved.addListener((tabId) => {
  browser.storage.session.remove(rememberedStatusKey(tabId)).catch(() => undefined);
});
