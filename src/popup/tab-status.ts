// Asks a tab's content script what it is about to share. A tab without our content script
// (any other site, or a page loaded before install) is reported as not supported.
// The native API, not webextension-polyfill: both browsers' MV3 `tabs` calls return
// promises, and the popup's first request is on the path to its first useful render.
import { ext } from '../lib/ext';
import { isTabStatus, type SwitchOutcome, type TabStatus } from '../lib/messages';

export type PopupStatus = TabStatus | { site: 'none'; audience: 'none' };

/** The tab to report on: `?tabId=N` (tests, the contract), else the active tab. */
export async function targetTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await ext().tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function fetchStatus(tabId: number | null): Promise<PopupStatus> {
  if (tabId === null) return { site: 'none', audience: 'none' };
  try {
    const answer: unknown = await ext().tabs.sendMessage(tabId, { type: 'popup:get-status' });
    if (isTabStatus(answer)) return answer;
  } catch {
    // No content script there: not a supported page.
  }
  return { site: 'none', audience: 'none' };
}

export async function requestMakePrivate(tabId: number): Promise<SwitchOutcome> {
  try {
    const answer = (await ext().tabs.sendMessage(tabId, { type: 'popup:make-private' })) as SwitchOutcome | undefined;
    if (answer && typeof answer.ok === 'boolean') return answer;
  } catch {
    // The tab went away or reloaded.
  }
  return { ok: false, messageKey: 'errorTabGone' };
}
