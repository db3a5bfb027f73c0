import { describe, it, expect, vi } from 'vitest';
import { AccountPrivacyCache, CACHE_MS, fetchAccountPrivacy, readCookie, INSTAGRAM_APP_ID } from './account-privacy';

const LOGGED_IN = 'mid=abc; ds_user_id=4242; csrftoken=tok123';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('reading the account privacy from the API', () => {
  it('asks /api/v1/accounts/current_user/?edit=true with the web app headers and cookies', async () => {
    const fetchFn = vi.fn(async () => json({ user: { is_private: false }, status: 'ok' }));
    expect(await fetchAccountPrivacy(LOGGED_IN, fetchFn)).toEqual({ privacy: 'public' });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/accounts/current_user/?edit=true');
    expect(init.credentials).toBe('include');
    expect(init.headers).toEqual({ 'X-IG-App-ID': INSTAGRAM_APP_ID, 'X-Requested-With': 'XMLHttpRequest', 'X-CSRFToken': 'tok123' });
  });

  it('reads private', async () => {
    expect(await fetchAccountPrivacy(LOGGED_IN, async () => json({ user: { is_private: true } }))).toEqual({ privacy: 'private' });
  });

  it.each([
    ['401', async () => json({ require_login: true }, 401)],
    ['403', async () => json({}, 403)],
    ['500', async () => json({}, 500)],
    ['malformed JSON', async () => new Response('{"user": {"is_private": fal', { status: 200 })],
    ['a missing field', async () => json({ user: { username: 'ana' } })],
    ['a string instead of a boolean', async () => json({ user: { is_private: 'false' } })],
    ['null', async () => json(null)],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('is unknown (never private) on %s', async (_name, fetchFn) => {
    const reading = await fetchAccountPrivacy(LOGGED_IN, fetchFn as () => Promise<Response>);
    expect(reading.privacy).toBe('unknown');
    expect(reading.diagnostic).toBeTruthy();
  });

  it('is unknown when it times out', async () => {
    const never = (_: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await fetchAccountPrivacy(LOGGED_IN, never, undefined, 50)).toEqual({ privacy: 'unknown', diagnostic: 'API timed out' });
  });

  it('is unknown when logged out, without a request', async () => {
    const fetchFn = vi.fn(async () => json({ user: { is_private: true } }));
    expect((await fetchAccountPrivacy('csrftoken=abc', fetchFn)).privacy).toBe('unknown');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('reads cookies exactly by name', () => {
    expect(readCookie('xds_user_id=1; ds_user_id=2', 'ds_user_id')).toBe('2');
    expect(readCookie('ds_user_id=', 'ds_user_id')).toBeNull();
    expect(readCookie('', 'ds_user_id')).toBeNull();
  });
});

describe('the per-user cache', () => {
  function setup(answer: () => Promise<Response> = async () => json({ user: { is_private: false } })) {
    let cookies = LOGGED_IN;
    let now = 1_000_000;
    const fetchFn = vi.fn(answer);
    const onChange = vi.fn();
    const cache = new AccountPrivacyCache({ cookies: () => cookies, fetch: fetchFn, now: () => now, onChange });
    return { cache, fetchFn, onChange, setCookies: (c: string) => (cookies = c), advance: (ms: number) => (now += ms) };
  }

  it('is pending (null) before the first read, then holds the answer', async () => {
    const { cache, onChange } = setup();
    expect(cache.peek()).toBeNull();
    await cache.refresh();
    expect(cache.peek()).toEqual({ privacy: 'public' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('makes one request, however often it is asked while fresh or in flight', async () => {
    const { cache, fetchFn } = setup();
    await Promise.all([cache.refresh(), cache.refresh(), cache.refresh()]);
    await cache.refresh();
    expect(cache.isFresh()).toBe(true);
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('reads again once stale, keeping the stale answer meanwhile', async () => {
    const { cache, fetchFn, advance } = setup();
    await cache.refresh();
    advance(CACHE_MS + 1);
    expect(cache.isFresh()).toBe(false);
    const again = cache.refresh();
    expect(cache.peek()).toEqual({ privacy: 'public' });
    await again;
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('belongs to one user: another ds_user_id is not served the old answer', async () => {
    const { cache, setCookies, fetchFn } = setup();
    await cache.refresh();
    setCookies('ds_user_id=777; csrftoken=x');
    expect(cache.peek()).toBeNull();
    expect(cache.isFresh()).toBe(false);
    await cache.refresh();
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('is unknown when logged out', () => {
    const { cache, setCookies } = setup();
    setCookies('csrftoken=x');
    expect(cache.peek()?.privacy).toBe('unknown');
  });

  it('a verified switch (set) is not overwritten by an older read still in flight', async () => {
    let release: (r: Response) => void = () => undefined;
    const { cache } = setup(() => new Promise<Response>((resolve) => (release = resolve)));
    const read = cache.refresh();
    cache.set('private');
    release(json({ user: { is_private: false } }));
    await read;
    expect(cache.peek()).toEqual({ privacy: 'private' });
  });
});
