import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, STATUS_MARK, startLoading, type EarlyLoad } from './Popup';
import { defaultSettings } from '../lib/settings';
import { emptyStats } from '../lib/stats';
import type { TabStatus } from '../lib/messages';
import type { PopupStatus } from './tab-status';
import { rememberedEntry, rememberedStatusKey } from '../lib/remembered-status';

const FEED = 'https://www.facebook.com/';

type MessageListener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => unknown;
type FakeApi = {
  runtime: { id: string; onMessage: { addListener(l: MessageListener): void; removeListener(l: MessageListener): void } };
  tabs?: {
    query: (q: unknown) => Promise<{ id?: number; url?: string }[]>;
    get?: (id: number) => Promise<{ id?: number; url?: string }>;
    sendMessage: (id: number, m: unknown) => Promise<unknown>;
  };
  storage: { session: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
};
const api = (globalThis as unknown as { chrome: FakeApi }).chrome;

const publicPost: TabStatus = { site: 'facebook', audience: 'public', canMakePrivate: true, state: 'warning', muted: false, enabled: true };
const friendsPost: TabStatus = { ...publicPost, audience: 'friends', canMakePrivate: false, state: null };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function early(status: Promise<PopupStatus>, tabId = 7, remembered: Promise<PopupStatus | null> = Promise.resolve(null)): EarlyLoad {
  return { tabId: Promise.resolve(tabId), remembered, status, settings: Promise.resolve(defaultSettings()), stats: Promise.resolve(emptyStats()) };
}

let root: HTMLElement;
let messageListeners: MessageListener[];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  performance.clearMarks(STATUS_MARK);
  messageListeners = [];
  vi.spyOn(api.runtime.onMessage, 'addListener').mockImplementation((l) => void messageListeners.push(l));
});

afterEach(async () => {
  await api.storage.session.clear();
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
  delete api.tabs;
});

const shown = () => root.querySelector('[data-testid="tab-status"]');
const settle = () => act(async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
});

describe('Popup', () => {
  it('shows the status asked for before its first render, and marks when it is in the DOM', async () => {
    const answer = deferred<PopupStatus>();
    await act(() => render(<Popup early={early(answer.promise)} />, root));
    expect(shown()).toBeNull();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(performance.getEntriesByName(STATUS_MARK)).toHaveLength(0);
    answer.resolve(publicPost);
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('public');
    expect(performance.getEntriesByName(STATUS_MARK)).toHaveLength(1);
  });

  it('puts a status that is already at hand in the DOM before the first paint', async () => {
    // No act(): nothing flushes Preact's effects but the browser's own scheduling, and no
    // animation frame runs, so a passive effect (which waits for a paint) would show nothing.
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    render(<Popup early={early(new Promise(() => {}), 7, Promise.resolve(publicPost))} />, root);
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(shown()?.getAttribute('data-audience')).toBe('public');
    expect(performance.getEntriesByName(STATUS_MARK)).toHaveLength(1);
    raf.mockRestore();
  });

  it('keeps a status the tab announced while the first answer was on its way', async () => {
    const answer = deferred<PopupStatus>();
    await act(() => render(<Popup early={early(answer.promise)} />, root));
    await settle();
    expect(messageListeners.length).toBeGreaterThan(0);
    await act(() => {
      for (const l of messageListeners) l({ type: 'content:status', status: friendsPost }, { id: api.runtime.id, tab: { id: 7 } });
    });
    expect(shown()?.getAttribute('data-audience')).toBe('friends');
    answer.resolve(publicPost);
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('friends');
  });

  it('shows the remembered status at once, then the tab\'s own answer in its place', async () => {
    const answer = deferred<PopupStatus>();
    await act(() => render(<Popup early={early(answer.promise, 7, Promise.resolve(publicPost))} />, root));
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('public');
    expect(performance.getEntriesByName(STATUS_MARK)).toHaveLength(1);
    answer.resolve(friendsPost);
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('friends');
  });

  it('never puts a remembered status over the tab\'s answer or a newer announcement', async () => {
    const remembered = deferred<PopupStatus | null>();
    await act(() => render(<Popup early={early(Promise.resolve(friendsPost), 7, remembered.promise)} />, root));
    await settle();
    remembered.resolve(publicPost);
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('friends');

    render(null, root);
    const answer = deferred<PopupStatus>();
    await act(() => render(<Popup early={early(answer.promise)} />, root));
    await settle();
    await act(() => {
      for (const l of messageListeners) l({ type: 'content:status', status: friendsPost }, { id: api.runtime.id, tab: { id: 7 } });
    });
    answer.resolve(publicPost);
    await settle();
    expect(shown()?.getAttribute('data-audience')).toBe('friends');
  });

  it('ignores a status announced by another tab', async () => {
    await act(() => render(<Popup early={early(new Promise(() => {}))} />, root));
    await settle();
    await act(() => {
      for (const l of messageListeners) l({ type: 'content:status', status: publicPost }, { id: api.runtime.id, tab: { id: 99 } });
    });
    expect(shown()).toBeNull();
  });
});

describe('startLoading', () => {
  it('says none, not nothing, when the active tab cannot be found', async () => {
    api.tabs = {
      query: vi.fn(async () => {
        throw new Error('No current window');
      }),
      sendMessage: vi.fn(async () => publicPost),
    };
    const load = startLoading('');
    expect(await load.tabId).toBeNull();
    expect(await load.status).toEqual({ site: 'none', audience: 'none' });
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('asks the tab named by ?tabId=, with the native tabs API', async () => {
    const sendMessage = vi.fn(async () => publicPost);
    api.tabs = { query: vi.fn(async () => [{ id: 3 }]), sendMessage };
    // No tabs.get here: the tab is still asked, only nothing remembered can be matched.
    await api.storage.session.set({ [rememberedStatusKey(5)]: rememberedEntry(friendsPost, FEED) });
    expect(await startLoading('?tabId=5').remembered).toBeNull();
    const load = startLoading('?tabId=5');
    expect(await load.tabId).toBe(5);
    expect(await load.status).toEqual(publicPost);
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'popup:get-status' });
    expect(api.tabs.query).not.toHaveBeenCalled();
  });

  it('asks the active tab otherwise, and reports a tab without the content script as none', async () => {
    api.tabs = {
      query: vi.fn(async () => [{ id: 3 }]),
      sendMessage: vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    };
    const load = startLoading('');
    expect(await load.tabId).toBe(3);
    expect(await load.status).toEqual({ site: 'none', audience: 'none' });
  });

  it('reads what the tab last announced, only while the tab still shows that page', async () => {
    const sendMessage = vi.fn(() => new Promise<unknown>(() => {}));
    let url = FEED;
    api.tabs = { query: vi.fn(async () => [{ id: 3, url }]), get: vi.fn(async () => ({ id: 4, url })), sendMessage };
    await api.storage.session.set({
      [rememberedStatusKey(3)]: rememberedEntry(publicPost, FEED),
      [rememberedStatusKey(4)]: rememberedEntry(friendsPost, `${FEED}#top`),
      [rememberedStatusKey(6)]: { status: { ...publicPost, audience: 'everyone' }, page: rememberedEntry(publicPost, FEED).page },
    });
    expect(await startLoading('').remembered).toEqual(publicPost);
    expect(await startLoading('?tabId=4').remembered).toEqual(friendsPost); // the fragment does not count
    expect(await startLoading('?tabId=6').remembered).toBeNull(); // not a status
    url = 'https://www.facebook.com/groups/1/';
    expect(await startLoading('').remembered).toBeNull(); // navigated since
    url = undefined as unknown as string; // another site: its address is not ours to see
    expect(await startLoading('').remembered).toBeNull();
  });
});
