// Instagram's one-click switch crosses tabs: the draft's tab must never navigate, so the
// privacy settings page opens in a new tab whose content script acts only on a one-time
// request held here, created by the click (never on anything a URL could carry).
//
//   draft tab --open-privacy--> here: create the settings tab, remember {settings, origin}
//   settings tab --claim-privacy--> here: granted once, only to the tab created here
//   settings tab --privacy-result--> here --background:instagram-privacy-result--> draft tab
//
// The privacy page has moved over the years (src/sites/instagram/urls.ts SETTINGS_PATHS):
// when the opened page says it is not available (--privacy-unavailable-->), or the tab lands
// on another path (seen here as the tab's URL changes), the same tab is taken to the next
// path and may claim once more. When no path is left, the draft tab hears it, and the
// settings tab stays open saying where the switch is by hand.
//
// The request is kept in memory and in storage.session: an MV3 service worker may stop
// between the click and the settings tab's claim.
import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground, InstagramClaimAnswer, InstagramNextAnswer, InstagramOpenAnswer } from '../lib/messages';
import { isInstagramUrl, settingsStep, settingsUrl } from '../sites/instagram/urls';

const STORAGE_KEY = 'instagramPrivacyRequests';
/** A request not claimed by then is void (the draft tab gives up after 15 s). */
export const CLAIM_WINDOW_MS = 20_000;
/** A claimed request not answered by then is void. */
const RESULT_WINDOW_MS = 60_000;

export interface PrivacyRequest {
  settingsTabId: number;
  originTabId: number;
  /** When the tab was sent to its current path (each path has its own claim window). */
  createdAt: number;
  claimed: boolean;
  /** Which of the settings paths the tab was sent to. */
  step: number;
}

/** The browser calls the broker needs, injected so that unit tests can stand in for them. */
export interface BrokerApi {
  createTab(url: string, openerTabId: number): Promise<number | undefined>;
  navigateTab(tabId: number, url: string): Promise<void>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Whether tab URL changes should reach `tabUpdated` (only while a request is pending). */
  watchTabs(on: boolean): void;
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
    typeof r.createdAt === 'number' && typeof r.claimed === 'boolean' &&
    (r.step === undefined || Number.isInteger(r.step))
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
      requests = Array.isArray(stored) ? stored.filter(isRequest).map((r) => ({ ...r, step: r.step ?? 0 })) : [];
    }
    const now = api.now();
    // Void requests are dropped: unclaimed past the claim window, claimed past the result window.
    requests = requests.filter((r) => now - r.createdAt < (r.claimed ? RESULT_WINDOW_MS : CLAIM_WINDOW_MS));
    return requests;
  }

  async function store(next: PrivacyRequest[]): Promise<void> {
    requests = next;
    api.watchTabs(next.length > 0);
    await api.save(next).catch(() => undefined);
  }

  async function open(originTabId: number): Promise<InstagramOpenAnswer> {
    const settingsTabId = await api.createTab(settingsUrl(0) as string, originTabId).catch(() => undefined);
    if (settingsTabId === undefined) return { ok: false, messageKey: 'errorInstagramByHand' };
    const others = (await current()).filter((r) => r.originTabId !== originTabId && r.settingsTabId !== settingsTabId);
    await store([...others, { settingsTabId, originTabId, createdAt: api.now(), claimed: false, step: 0 }]);
    return { ok: true };
  }

  /**
   * The tab's page is not the privacy page: on to the next path, in the same tab, with a
   * new claim. None left: the draft tab hears it (and the caller makes the settings tab say
   * where the switch is). Returns whether the tab moves on.
   */
  async function moveOn(all: PrivacyRequest[], request: PrivacyRequest): Promise<boolean> {
    const url = settingsUrl(request.step + 1);
    if (url) {
      await store(all.map((r) => (r === request ? { ...r, step: r.step + 1, claimed: false, createdAt: api.now() } : r)));
      // Not awaited: the page that asked hears "next" before it unloads.
      void api.navigateTab(request.settingsTabId, url).catch(() => undefined);
      return true;
    }
    await store(all.filter((r) => r !== request));
    await api
      .sendToTab(request.originTabId, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramByHand' })
      .catch(() => undefined);
    return false;
  }

  async function unavailable(tabId: number): Promise<InstagramNextAnswer> {
    const all = await current();
    const request = all.find((r) => r.settingsTabId === tabId && r.claimed);
    if (!request) return { next: false };
    return { next: await moveOn(all, request) };
  }

  /** The settings tab, sent to a privacy path and not yet claimed, landed on another path. */
  async function landed(tabId: number, url: string | undefined): Promise<void> {
    if (!isInstagramUrl(url)) return;
    if (settingsStep(new URL(url as string).pathname) >= 0) return;
    const all = await current();
    const request = all.find((r) => r.settingsTabId === tabId && !r.claimed);
    if (!request) return;
    if (!(await moveOn(all, request))) {
      await api.sendToTab(tabId, { type: 'background:instagram-settings-not-found' }).catch(() => undefined);
    }
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
      if (!isInstagramUrl(url)) return { ok: false };
      switch (message.type) {
        case 'content:instagram-open-privacy':
          return serially(() => open(tabId));
        case 'content:instagram-claim-privacy':
          return serially(() => claim(tabId));
        case 'content:instagram-privacy-result':
          return serially(() => finish(tabId, message.ok, message.messageKey));
        case 'content:instagram-privacy-unavailable':
          return serially(() => unavailable(tabId));
        default:
          return { ok: false };
      }
    },
    /** A tab's URL changed (only reported while a request is pending). */
    tabUpdated: (tabId: number, url: string | undefined): Promise<void> => serially(() => landed(tabId, url)),
    /** After a service-worker restart: watch tabs again if a request is still pending. */
    resume: (): Promise<void> => serially(async () => api.watchTabs((await current()).length > 0)),
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

/**
 * Tab URL changes matter only while a settings tab is on its way to the privacy page, so
 * the listener is there only then: registered at the top level it would wake the service
 * worker for every page load in every tab.
 */
function onTabUpdated(tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab): void {
  // Once the page has loaded (a server redirect), or when a loaded page changes its path (a client one).
  if (tab.status === 'complete' && (change.status === 'complete' || change.url !== undefined)) void broker.tabUpdated(tabId, tab.url);
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
  navigateTab: async (tabId, url) => {
    await browser.tabs.update(tabId, { url });
  },
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  watchTabs(on) {
    const events = browser.tabs?.onUpdated;
    if (!events) return;
    if (on && !events.hasListener(onTabUpdated)) events.addListener(onTabUpdated);
    if (!on && events.hasListener(onTabUpdated)) events.removeListener(onTabUpdated);
  },
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
void broker.resume();

export function handleInstagramMessage(message: ContentToBackground, tabId: number): Promise<unknown> {
  return broker.handle(message, tabId);
}
