import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberStatus } from './remember-status';
import { rememberedStatusFor, rememberedStatusKey } from '../lib/remembered-status';
import type { TabStatus } from '../lib/messages';

const publicPost: TabStatus = { site: 'facebook', audience: 'public', canMakePrivate: true, state: 'warning', muted: false, enabled: true };
const FEED = 'https://www.facebook.com/';
const stored = () => browser.storage.session.get(null);

beforeEach(() => browser.storage.session.clear());

describe('rememberStatus', () => {
  it('keeps the newest status per tab, for the page it was announced on, without its address', async () => {
    await rememberStatus(3, { ...publicPost, audience: 'friends' }, FEED);
    await rememberStatus(3, publicPost, FEED);
    await rememberStatus(4, publicPost, 'https://www.instagram.com/');
    expect(rememberedStatusFor(await stored(), 3, FEED)).toEqual(publicPost);
    expect(rememberedStatusFor(await stored(), 3, 'https://www.facebook.com/me/')).toBeNull();
    expect(JSON.stringify(await stored())).not.toContain('facebook.com');
  });

  it('forgets the tab\'s entry when the announcement has no address to match later', async () => {
    await rememberStatus(3, publicPost, FEED);
    await rememberStatus(3, publicPost, undefined);
    expect(rememberedStatusKey(3) in (await stored())).toBe(false);
  });

  it('forgets a tab\'s entry when the tab closes', async () => {
    const onRemoved: ((tabId: number) => void)[] = [];
    const api = browser as unknown as { tabs?: unknown };
    api.tabs = { onRemoved: { addListener: (l: (tabId: number) => void) => onRemoved.push(l) } };
    try {
      vi.resetModules();
      const fresh = await import('./remember-status');
      expect(onRemoved).toHaveLength(1);
      await fresh.rememberStatus(3, publicPost, FEED);
      await fresh.rememberStatus(4, publicPost, FEED);
      for (const listener of onRemoved) listener(3);
      await vi.waitFor(async () => expect(rememberedStatusKey(3) in (await stored())).toBe(false));
      expect(rememberedStatusFor(await stored(), 4, FEED)).toEqual(publicPost);
    } finally {
      delete api.tabs;
    }
  });
});
