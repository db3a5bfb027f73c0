// The popup's first requests: which tab, what the tab last announced, and the tab's own
// answer. They leave as early as the page allows: this file is also built as a classic
// script (vite.config.ts, `popupFirstRequests`) that the popup's <head> runs while the HTML
// is still being parsed. The module scripts run only once parsing has ended and their chunks
// are loaded, and every answer comes back through the browser's UI thread, which is busy
// opening the popup's window then, so a request that leaves sooner comes back sooner.
//
// Hence no imports at run time (only types), and nothing here trusts an answer: the module
// checks each one (Popup.tsx, `startLoading`). Native API, not webextension-polyfill: both
// browsers' MV3 `tabs` and `storage` calls return promises.
import type { Browser } from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** Known for Facebook and Instagram tabs (the host permissions), not for other sites. */
  url?: string;
}

export interface FirstRequests {
  /** The popup's `location.search` they were made for. */
  search: string;
  /** `?tabId=N` (tests, the contract), else the active tab; null when there is none. */
  tab: Promise<TargetTab | null>;
  /**
   * All of `storage.session` (what each tab last announced), or null. All of it: read while
   * the tab is still being looked up, one round trip instead of two.
   */
  stored: Promise<unknown>;
  /** The tab's reply to `popup:get-status`, unchecked; undefined when nothing answered. */
  answer: Promise<unknown>;
}

/** What the classic script leaves for the module. */
interface EarlyGlobal {
  audienceGuardFirstRequests?: FirstRequests;
}

function api(): Browser {
  const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  return (g.browser ?? g.chrome) as Browser;
}

async function lookUpTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      return { id, url: (await api().tabs.get(id)).url };
    } catch {
      return { id }; // No address: nothing remembered is used, the tab is still asked.
    }
  }
  const [tab] = await api().tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * A tab's reply to `popup:get-status`, unchecked; undefined when nothing answered (no content
 * script there). Never rejects. The popup's later questions (after a switch, a setting) use
 * it too (tab-status.ts).
 */
export function askForStatus(tabId: number): Promise<unknown> {
  return Promise.resolve()
    .then(() => api().tabs.sendMessage(tabId, { type: 'popup:get-status' }))
    .catch(() => undefined);
}

/** Sends the first requests now. None of the promises rejects. */
export function sendFirstRequests(search: string): FirstRequests {
  // A failed lookup is "no tab": the popup then says the page is not supported.
  const tab = lookUpTab(search).catch(() => null);
  const stored = Promise.resolve()
    .then(() => api().storage.session.get(null))
    .catch(() => null);
  const answer = tab.then((target) => (target ? askForStatus(target.id) : undefined));
  return { search, tab, stored, answer };
}

/** The requests the classic script already sent for this page (taken once), else sent now. */
export function firstRequests(search: string): FirstRequests {
  const g = globalThis as EarlyGlobal;
  const early = g.audienceGuardFirstRequests;
  delete g.audienceGuardFirstRequests;
  return early?.search === search ? early : sendFirstRequests(search);
}
