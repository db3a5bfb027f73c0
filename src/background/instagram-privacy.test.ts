import { describe, it, expect, vi } from 'vitest';
import { createInstagramBroker, CLAIM_WINDOW_MS, type BrokerApi, type PrivacyRequest } from './instagram-privacy';
import { INSTAGRAM_PRIVACY_URL as PRIVACY_SETTINGS_URL, SETTINGS_PATHS } from '../sites/instagram/urls';

const DRAFT = 11;
const SETTINGS = 22;

function setup(stored: unknown = undefined) {
  let now = 1_000;
  let saved: unknown = stored;
  const urls: Record<number, string> = { [DRAFT]: 'https://www.instagram.com/', [SETTINGS]: PRIVACY_SETTINGS_URL, 33: PRIVACY_SETTINGS_URL, 44: 'https://www.facebook.com/' };
  const api: BrokerApi & { sent: Array<[number, unknown]>; navigated: string[]; watching: boolean } = {
    sent: [],
    navigated: [],
    watching: false,
    createTab: vi.fn(async () => SETTINGS),
    navigateTab: async (id, url) => {
      api.navigated.push(url);
      urls[id] = url;
    },
    watchTabs: (on) => void (api.watching = on),
    tabUrl: async (id) => urls[id],
    sendToTab: async (id, m) => void api.sent.push([id, m]),
    activateTab: vi.fn(async () => undefined),
    load: async () => saved,
    save: async (r: PrivacyRequest[]) => void (saved = structuredClone(r)),
    now: () => now,
  };
  return { api, broker: createInstagramBroker(api), advance: (ms: number) => (now += ms), saved: () => saved, urls };
}

describe('the background side of the Instagram switch', () => {
  it('opens the settings tab, grants it once, and forwards its result to the draft tab', async () => {
    const { api, broker } = setup();
    expect(await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT)).toEqual({ ok: true });
    expect(api.createTab).toHaveBeenCalledWith(PRIVACY_SETTINGS_URL, DRAFT);
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: true });
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: false });
    await broker.handle({ type: 'content:instagram-privacy-result', ok: true }, SETTINGS);
    expect(api.sent).toEqual([[DRAFT, { type: 'background:instagram-privacy-result', ok: true }]]);
    expect(api.activateTab).toHaveBeenCalledWith(DRAFT);
  });

  it('grants nothing to a tab it did not open, nor without a click', async () => {
    const { broker } = setup();
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: false });
    await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, 33)).toEqual({ granted: false });
  });

  it('grants claims at the same moment only once', async () => {
    const { broker } = setup();
    await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    const answers = await Promise.all([1, 2, 3].map(() => broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)));
    expect(answers.filter((a) => (a as { granted: boolean }).granted)).toHaveLength(1);
  });

  it('lets an unclaimed request expire', async () => {
    const { broker, advance } = setup();
    await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    advance(CLAIM_WINDOW_MS + 1);
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: false });
  });

  it('survives a stopped service worker: the request is read back from session storage', async () => {
    const first = setup();
    await first.broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    const second = setup(first.saved());
    expect(await second.broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: true });
  });

  it('forwards a failure with the by-hand sentence and keeps the settings tab in front', async () => {
    const { api, broker } = setup();
    await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS);
    await broker.handle({ type: 'content:instagram-privacy-result', ok: false }, SETTINGS);
    expect(api.sent).toEqual([[DRAFT, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramSettingsTab' }]]);
    expect(api.activateTab).not.toHaveBeenCalled();
  });

  it('ignores a result nobody asked for, and a tab that is not Instagram', async () => {
    const { api, broker } = setup();
    await broker.handle({ type: 'content:instagram-privacy-result', ok: true }, SETTINGS);
    expect(await broker.handle({ type: 'content:instagram-open-privacy' }, 44)).toEqual({ ok: false });
    expect(api.sent).toEqual([]);
    expect(api.createTab).not.toHaveBeenCalled();
  });

  it('tells the draft tab at once when the settings tab is closed', async () => {
    const { api, broker } = setup();
    await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
    await broker.tabClosed(SETTINGS);
    expect(api.sent).toEqual([[DRAFT, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramByHand' }]]);
    expect(await broker.handle({ type: 'content:instagram-claim-privacy' }, SETTINGS)).toEqual({ granted: false });
  });

  it('says so when the tab cannot be created', async () => {
    const { api, broker } = setup();
    (api.createTab as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('no window'));
    expect(await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT)).toEqual({ ok: false, messageKey: 'errorInstagramByHand' });
  });

  describe('the privacy page wherever it lives', () => {
    const unavailable = { type: 'content:instagram-privacy-unavailable' } as const;
    const claim = { type: 'content:instagram-claim-privacy' } as const;
    const url = (i: number) => `https://www.instagram.com${SETTINGS_PATHS[i]}`;

    it('opens the first path, and on "not available" takes the same tab to the next, with a new claim', async () => {
      const { api, broker } = setup();
      await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
      expect(api.createTab).toHaveBeenCalledWith(url(0), DRAFT);
      expect(PRIVACY_SETTINGS_URL).toBe(url(0));
      expect(api.watching).toBe(true);
      expect(await broker.handle(claim, SETTINGS)).toEqual({ granted: true });
      expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: true });
      expect(api.navigated).toEqual([url(1)]);
      expect(await broker.handle(claim, SETTINGS)).toEqual({ granted: true });
      expect(await broker.handle(claim, SETTINGS)).toEqual({ granted: false });
      await broker.handle({ type: 'content:instagram-privacy-result', ok: true }, SETTINGS);
      expect(api.sent).toEqual([[DRAFT, { type: 'background:instagram-privacy-result', ok: true }]]);
      expect(api.watching).toBe(false);
    });

    it('when no path is left, tells the draft tab, and the tab moves no further', async () => {
      const { api, broker } = setup();
      await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
      for (let i = 1; i < SETTINGS_PATHS.length; i++) {
        await broker.handle(claim, SETTINGS);
        expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: true });
      }
      await broker.handle(claim, SETTINGS);
      expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: false });
      expect(api.navigated).toEqual([url(1), url(2)]);
      expect(api.sent).toEqual([[DRAFT, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramByHand' }]]);
      expect(await broker.handle(claim, SETTINGS)).toEqual({ granted: false });
    });

    it('moves on when the tab lands on another path before any claim, and says so in the tab at the end', async () => {
      const { api, broker } = setup();
      await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
      await broker.tabUpdated(SETTINGS, url(0));
      expect(api.navigated).toEqual([]);
      await broker.tabUpdated(SETTINGS, 'https://www.instagram.com/');
      expect(api.navigated).toEqual([url(1)]);
      await broker.tabUpdated(SETTINGS, 'https://www.instagram.com/accounts/login/?next=x');
      await broker.tabUpdated(SETTINGS, 'https://www.instagram.com/');
      expect(api.navigated).toEqual([url(1), url(2)]);
      expect(api.sent).toEqual([
        [DRAFT, { type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramByHand' }],
        [SETTINGS, { type: 'background:instagram-settings-not-found' }],
      ]);
    });

    it('ignores unavailable reports and URL changes from tabs it did not send, or once claimed', async () => {
      const { api, broker } = setup();
      expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: false });
      await broker.handle({ type: 'content:instagram-open-privacy' }, DRAFT);
      expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: false });
      await broker.tabUpdated(33, 'https://www.instagram.com/');
      await broker.handle(claim, SETTINGS);
      // A claimed page that the person navigates away from is theirs.
      await broker.tabUpdated(SETTINGS, 'https://www.instagram.com/explore/');
      expect(api.navigated).toEqual([]);
      expect(api.sent).toEqual([]);
    });

    it('reads an older stored request (no step) as the first path', async () => {
      const { broker } = setup([{ settingsTabId: SETTINGS, originTabId: DRAFT, createdAt: 1_000, claimed: true }]);
      expect(await broker.handle(unavailable, SETTINGS)).toEqual({ next: true });
    });
  });
});
