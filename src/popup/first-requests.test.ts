import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstRequests, sendFirstRequests, type FirstRequests } from './first-requests';

type Api = { tabs?: unknown; storage: { session?: unknown } };
const api = (globalThis as unknown as { chrome: Api }).chrome;
const early = globalThis as { audienceGuardFirstRequests?: FirstRequests };

afterEach(() => {
  delete api.tabs;
  delete early.audienceGuardFirstRequests;
  vi.restoreAllMocks();
});

describe('first requests', () => {
  it('uses the requests the classic script sent for this page, once', async () => {
    const sendMessage = vi.fn(async () => 'answer');
    api.tabs = { query: vi.fn(async () => [{ id: 3, url: 'https://www.facebook.com/' }]), sendMessage };
    const sent = sendFirstRequests('');
    early.audienceGuardFirstRequests = sent;
    expect(firstRequests('')).toBe(sent);
    expect(early.audienceGuardFirstRequests).toBeUndefined();
    expect(await sent.tab).toEqual({ id: 3, url: 'https://www.facebook.com/' });
    expect(await sent.answer).toBe('answer');
    expect(sendMessage).toHaveBeenCalledTimes(1);
    // Taken: a second call (another popup render, a test) sends its own.
    expect(firstRequests('')).not.toBe(sent);
  });

  it('does not use requests made for another address', () => {
    api.tabs = { get: vi.fn(async (id: number) => ({ id })), query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) };
    early.audienceGuardFirstRequests = sendFirstRequests('');
    const mine = firstRequests('?tabId=4');
    expect(mine.search).toBe('?tabId=4');
  });

  it('never rejects, even without the extension APIs', async () => {
    const session = api.storage.session;
    delete api.storage.session;
    try {
      const sent = sendFirstRequests('');
      expect(await sent.tab).toBeNull();
      expect(await sent.stored).toBeNull();
      expect(await sent.answer).toBeUndefined();
    } finally {
      api.storage.session = session;
    }
  });
});
