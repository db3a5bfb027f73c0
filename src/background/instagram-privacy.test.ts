import { describe, it, expect, vi } from 'vitest';
import { createInstagramBroker, CLAIM_WINDOW_MS, PRIVACY_SETTINGS_URL, type BrokerApi, type PrivacyRequest } from './instagram-privacy';

const DRAFT = 11;
const SETTINGS = 22;

function setup(stored: unknown = undefined) {
  let now = 1_000;
  let saved: unknown = stored;
  const urls: Record<number, string> = { [DRAFT]: 'https://www.instagram.com/', [SETTINGS]: PRIVACY_SETTINGS_URL, 33: PRIVACY_SETTINGS_URL, 44: 'https://www.facebook.com/' };
  const api: BrokerApi & { sent: Array<[number, unknown]> } = {
    sent: [],
    createTab: vi.fn(async () => SETTINGS),
    tabUrl: async (id) => urls[id],
    sendToTab: async (id, m) => void api.sent.push([id, m]),
    activateTab: vi.fn(async () => undefined),
    load: async () => saved,
    save: async (r: PrivacyRequest[]) => void (saved = structuredClone(r)),
    now: () => now,
  };
  return { api, broker: createInstagramBroker(api), advance: (ms: number) => (now += ms), saved: () => saved };
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
});
