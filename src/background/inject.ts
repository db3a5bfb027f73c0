// Browsers inject content scripts only into pages loaded after the extension started. After
// an install or an update, a Facebook tab with a half-written post would otherwise stay
// unprotected until reloaded; so the content script is injected into the open tabs of the
// supported sites. (This is what the `scripting` permission is for; it adds no install
// warning, the host permissions already cover these sites.) The script itself removes the
// UI of the copy it replaces and leaves if a live copy already runs.
import browser from 'webextension-polyfill';
import type { OnDemandScript } from '../lib/messages';

export async function injectIntoOpenTabs(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const entries = manifest.content_scripts ?? [];
  for (const entry of entries) {
    const files = entry.js ?? [];
    if (files.length === 0) continue;
    let tabs: browser.Tabs.Tab[];
    try {
      tabs = await browser.tabs.query({ url: entry.matches });
    } catch {
      continue;
    }
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A tab that cannot be scripted (still loading an error page, say) is skipped.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => undefined);
    }
  }
}

/**
 * The scripts injected on demand (src/lib/on-demand.ts), built standalone by
 * vite.config.ts: listed in no manifest key, so neither loaded on every Facebook page nor
 * web-accessible; injected into one frame when its core content script asks for one.
 */
// Paths from the extension's root: Firefox resolves a relative one against the calling
// script's own address (src/background/…), Chrome against the root.
export const ON_DEMAND_SCRIPTS: Readonly<Record<OnDemandScript, string>> = {
  'own-posts': '/src/content/own-posts.js',
  'facebook-switch': '/src/content/facebook-switch.js',
  'bug-report': '/src/content/report.js',
};

export async function injectOnDemand(script: OnDemandScript, target: { tabId: number; frameIds: number[] }): Promise<{ ok: boolean }> {
  try {
    // At once: the page has long been loaded, and Firefox may hold a "document idle"
    // injection for a tab in the background (the popup opened in a tab of its own).
    const results = await browser.scripting.executeScript({ target, files: [ON_DEMAND_SCRIPTS[script]], injectImmediately: true });
    // Chrome rejects when a script cannot run; Firefox resolves with an `error` in its result.
    const failed = results.find((r) => (r as { error?: unknown }).error !== undefined);
    if (failed) throw new Error(String((failed as { error?: unknown }).error));
    return { ok: results.length > 0 };
  } catch (error) {
    console.info(`[Audience Guard] ${script} script not injected:`, String(error));
    return { ok: false };
  }
}
