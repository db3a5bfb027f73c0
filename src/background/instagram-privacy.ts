// Instagram's one-click switch crosses tabs: the draft's tab must never navigate, so the
// privacy settings page opens in a new tab whose content script acts only on a one-time
// request held here, created by the click (never on anything a URL could carry).
//
//   draft tab --open-privacy--> here: create the settings tab, remember {settings, origin}
//   settings tab --claim-privacy--> here: granted once, only to the tab created here
//   settings tab --privacy-result--> here --background:instagram-privacy-result--> draft tab
//
// The request is kept in memory and in storage.session: an MV3 service worker may stop
// between the click and the settings tab's claim.
import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground, InstagramClaimAnswer, InstagramOpenAnswer } from '../lib/messages';

export const PRIVACY_SETTINGS_URL = 'https://www.instagram.com/accounts/privacy_setting/';
const INSTAGRAM_ORIGIN = 'https://www.instagram.com/';
const STORAGE_KEY = 'instagramPrivacyRequests';
/** A request not claimed by then is void (the draft tab gives up after 15 s). */
export const CLAIM_WINDOW_MS = 20_000;
/** A claimed request not answered by then is void. */
const RESULT_WINDOW_MS = 60_000;

export interface PrivacyRequest {
  settingsTabId: number;
  originTabId: number;
  createdAt: number;
  claimed: boolean;
}

/** The browser calls the broker needs, injected so that unit tests can stand in for them. */
export interface BrokerApi {
  createTab(url: string, openerTabId: number): Promise<number | undefined>;
  tabUrl(tabId: number): Promise<string | undefined>;
  sendToTab(tabId: number, message: BackgroundToContent): Promise<void>;
  activateTab(tabId: number): Promise<void>;
  load(): Promise<unknown>;
  save(requests: PrivacyRequest[]): Promise<void>;
  now(): number;
}

function isRequest(value: unknown): value is PrivacyRequest {
  const r = value as PrivacyRequest;
  return (
    typeof r === 'object' && r !== null &&
    Number.isInteger(r.settingsTabId) && Number.isInteger(r.originTabId) &&
    typeof r.createdAt === 'number' && typeof r.claimed === 'boolean'
  );
}

export function createInstagramBroker(api: BrokerApi) {
  let requests: PrivacyRequest[] | null = null;
  // One message at a time: a claim must see the previous claim's write.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function current(): Promise<PrivacyRequest[]> {
    if (!requests) {
      const stored = await api.load().catch(() => undefined);
      requests = Array.isArray(stored) ? stored.filter(isRequest) : [];
    }
    const now = api.now();
    // Void requests are dropped: unclaimed past the claim window, claimed past the result window.
    requests = requests.filter((r) => now - r.createdAt < (r.claimed ? RESULT_WINDOW_MS : CLAIM_WINDOW_MS));
    return requests;
  }

  async function store(next: PrivacyRequest[]): Promise<void> {
    requests = next;
    await api.save(next).catch(() => undefined);
  }

  async function open(originTabId: number): Promise<InstagramOpenAnswer> {
    const settingsTabId = await api.createTab(PRIVACY_SETTINGS_URL, originTabId).catch(() => undefined);
    if (settingsTabId === undefined) return { ok: false, messageKey: 'errorInstagramByHand' };
    const others = (await current()).filter((r) => r.originTabId !== originTabId && r.settingsTabId !== settingsTabId);
    await store([...others, { settingsTabId, originTabId, createdAt: api.now(), claimed: false }]);
    return { ok: true };
  }

  async function claim(tabId: number): Promise<InstagramClaimAnswer> {
    const all = await current();
    const request = all.find((r) => r.settingsTabId === tabId && !r.claimed);
    if (!request) return { granted: false };
    await store(all.map((r) => (r === request ? { ...r, claimed: true } : r)));
    return { granted: true };
  }

  async function finish(tabId: number, ok: boolean, messageKey?: string): Promise<{ ok: boolean }> {
    const all = await current();
    const request = all.find((r) => r.settingsTabId === tabId && r.claimed);
    if (!request) return { ok: false };
    await store(all.filter((r) => r !== request));
    const result: BackgroundToContent = { type: 'background:instagram-privacy-result', ok, ...(ok ? {} : { messageKey: messageKey ?? 'errorInstagramSettingsTab' }) };
    await api.sendToTab(request.originTabId, result).catch(() => undefined);
    // Success: back to the draft. Failure: the settings tab stays in front with its note.
    if (ok) await api.activateTab(request.originTabId).catch(() => undefined);
    return { ok: true };
  }

  return {
    async handle(message: ContentToBackground, tabId: number): Promise<unknown> {
      // Every Instagram message comes from a tab showing Instagram, whatever the sender claims.
      const url = await api.tabUrl(tabId).catch(() => undefined);
      if (!url?.startsWith(INSTAGRAM_ORIGIN)) return { ok: false };
      switch (message.type) {
        case 'content:instagram-open-privacy':
          return serially(() => open(tabId));
        case 'content:instagram-claim-privacy':
          return serially(() => claim(tabId));
        case 'content:instagram-privacy-result':
          return serially(() => finish(tabId, message.ok, message.messageKey));
        default:
          return { ok: false };
      }
    },
    /** The settings tab was closed before it answered: the draft tab learns it at once. */
    tabClosed: (tabId: number): Promise<void> => serially(async () => {
      const all = await current();
      const request = all.find((r) => r.settingsTabId === tabId);
      if (!request) return;
      await store(all.filter((r) => r !== request));
      await api
        .sendToTab(request.originTabId, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramByHand' })
        .catch(() => undefined);
    }),
  };
}

const broker = createInstagramBroker({
  async createTab(url, openerTabId) {
    let tab;
    try {
      tab = await browser.tabs.create({ url, active: true, openerTabId });
    } catch {
      // openerTabId must be in the same window; without it the tab still opens.
      tab = await browser.tabs.create({ url, active: true });
    }
    return tab.id;
  },
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  sendToTab: async (tabId, message) => {
    await browser.tabs.sendMessage(tabId, message);
  },
  activateTab: async (tabId) => {
    await browser.tabs.update(tabId, { active: true });
  },
  load: async () => (await browser.storage.session.get(STORAGE_KEY))[STORAGE_KEY],
  save: (requests) => browser.storage.session.set({ [STORAGE_KEY]: requests }),
  now: () => Date.now(),
});

// Registered at the top level, so that a stopped service worker wakes up for it.
browser.tabs?.onRemoved.addListener((tabId) => void broker.tabClosed(tabId));

export function handleInstagramMessage(message: ContentToBackground, tabId: number): Promise<unknown> {
  return broker.handle(message, tabId);
}
