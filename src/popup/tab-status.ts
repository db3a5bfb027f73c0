// Asks a tab's content script what it is about to share, and reads what it last announced
// (remembered by the background: src/lib/remembered-status.ts); the first of these requests
// are sent by first-requests.ts. A tab without our content script (any other site, or a page
// loaded before install) is reported as not supported. The native API, not
// webextension-polyfill, as there: the popup then loads no polyfill at all.
import { ext } from '../lib/ext';
import { isTabStatus, type SwitchOutcome, type TabStatus } from '../lib/messages';
import { rememberedStatusFor } from '../lib/remembered-status';
import { askForStatus, type FirstRequests } from './first-requests';

export type PopupStatus = TabStatus | { site: 'none'; audience: 'none' };

/** What a tab's reply to `popup:get-status` says: its status, or not supported. */
export function statusFrom(answer: unknown): PopupStatus {
  return isTabStatus(answer) ? answer : { site: 'none', audience: 'none' };
}

/** The status the tab last announced, if it was on the page the tab shows now (or null). */
export async function rememberedStatus(requests: FirstRequests): Promise<TabStatus | null> {
  const [tab, stored] = await Promise.all([requests.tab, requests.stored]);
  return tab ? rememberedStatusFor(stored, tab.id, tab.url) : null;
}

export async function fetchStatus(tabId: number | null): Promise<PopupStatus> {
  return statusFrom(tabId === null ? undefined : await askForStatus(tabId));
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
