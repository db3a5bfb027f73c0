// The last status each tab's content script announced, kept by the background in
// `storage.session` (memory only, gone when the browser closes; content scripts cannot read
// it) so that the popup can show it the moment it opens. Asking the tab itself takes one more
// round trip through the page's busy main thread; the popup still asks, and the tab's answer
// replaces the remembered one (bench/README.md, "popup").
//
// A remembered status counts only for the page it was announced on: the entry carries a
// fingerprint of that page's address (not the address), and the popup compares it with the
// tab's address now. A tab that navigated since then, within the site or away from it, gets
// no remembered status and waits for its answer, as before.
import { isTabStatus, type TabStatus } from './messages';

const KEY_PREFIX = 'tabStatus:';

export interface RememberedStatus {
  status: TabStatus;
  page: string;
}

export function rememberedStatusKey(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

/** FNV-1a (32 bit) of the address without its fragment: equal pages, equal fingerprints. */
export function pageFingerprint(url: string): string {
  const page = url.split('#', 1)[0] ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < page.length; i += 1) {
    hash ^= page.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function rememberedEntry(status: TabStatus, url: string): RememberedStatus {
  return { status, page: pageFingerprint(url) };
}

/**
 * The status remembered for a tab, if it was announced on the page the tab shows now.
 * `stored` is what `storage.session.get` returned: anything, checked before use.
 */
export function rememberedStatusFor(stored: unknown, tabId: number, tabUrl: string | undefined): TabStatus | null {
  if (tabUrl === undefined || typeof stored !== 'object' || stored === null) return null;
  const entry = (stored as Record<string, unknown>)[rememberedStatusKey(tabId)] as Partial<RememberedStatus> | undefined;
  if (typeof entry !== 'object' || entry === null || entry.page !== pageFingerprint(tabUrl)) return null;
  return isTabStatus(entry.status) ? entry.status : null;
}
