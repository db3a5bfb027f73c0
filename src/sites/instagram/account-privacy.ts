// Whether the logged-in Instagram account is private, read the way the web app itself reads
// it (docs/MARKUP.md "Knowing whether the account is public", high): a same-origin GET of
// /api/v1/accounts/current_user/?edit=true with the page's cookies and the app's headers,
// answering `{ user: { is_private } }`. Anything other than a clean boolean is `unknown`,
// never a guessed "private".
//
// The cache lives in this content script's memory only: the page can read sessionStorage
// and localStorage, and extension storage would need the background for every read.
// Instagram is a single-page app, so memory survives its navigations; a full reload costs
// one request.

export type AccountPrivacy = 'public' | 'private' | 'unknown';

export const PRIVACY_API_PATH = '/api/v1/accounts/current_user/?edit=true';
/** The web app's own app id (docs/MARKUP.md, high). */
export const INSTAGRAM_APP_ID = '936619743392459';
/** "A few minutes": long enough that opening Create again asks nothing, short enough to notice a change made elsewhere. */
export const CACHE_MS = 3 * 60_000;
/** The API answers in well under a second; after this the state is `unknown`. */
export const FETCH_TIMEOUT_MS = 5_000;

export interface PrivacyReading {
  readonly privacy: AccountPrivacy;
  /** Why it is unknown, for the console (never shown raw). */
  readonly diagnostic?: string;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

/**
 * The content script's fetch. Chrome's runs with the page's origin, so the request is
 * same-origin and carries the cookies; Firefox's content scripts have `content.fetch` for that.
 */
export function pageFetch(): Fetch {
  const content = (globalThis as { content?: { fetch?: Fetch } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : globalThis.fetch.bind(globalThis);
}

/** One request to the API. Never throws: every failure is `unknown` with a diagnostic. */
export async function fetchAccountPrivacy(
  cookies: string,
  fetchFn: Fetch,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<PrivacyReading> {
  if (!readCookie(cookies, 'ds_user_id')) return { privacy: 'unknown', diagnostic: 'logged out (no ds_user_id cookie)' };
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchFn(PRIVACY_API_PATH, {
      method: 'GET',
      credentials: 'include',
      headers: {
        'X-IG-App-ID': INSTAGRAM_APP_ID,
        'X-Requested-With': 'XMLHttpRequest',
        'X-CSRFToken': readCookie(cookies, 'csrftoken') ?? '',
      },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) return { privacy: 'unknown', diagnostic: `API answered ${response.status}` };
    const body: unknown = await response.json();
    const isPrivate = (body as { user?: { is_private?: unknown } } | null)?.user?.is_private;
    if (typeof isPrivate !== 'boolean') return { privacy: 'unknown', diagnostic: 'API answer has no user.is_private' };
    return { privacy: isPrivate ? 'private' : 'public' };
  } catch (error) {
    return { privacy: 'unknown', diagnostic: timeout.aborted ? 'API timed out' : `API failed: ${String(error)}` };
  }
}

export interface PrivacyCacheDeps {
  readonly cookies: () => string;
  readonly fetch: Fetch;
  readonly now?: () => number;
  /** Called whenever a read finishes (the adapter asks for a rescan). */
  readonly onChange?: () => void;
}

/**
 * The account's privacy per logged-in user (`ds_user_id`), refreshed only when asked and
 * stale, with at most one request in flight.
 */
export class AccountPrivacyCache {
  private user: string | null = null;
  private reading: PrivacyReading | null = null;
  private readAt = 0;
  private inFlight: Promise<PrivacyReading> | null = null;
  /** Bumped by `set`, so that a read started before it cannot overwrite it. */
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly deps: PrivacyCacheDeps) {
    this.now = deps.now ?? Date.now;
  }

  private currentUser(): string | null {
    return readCookie(this.deps.cookies(), 'ds_user_id');
  }

  /**
   * What is known now: a reading for the current user (possibly stale while a refresh
   * runs), `unknown` when logged out, or null while the first read is still pending.
   */
  peek(): PrivacyReading | null {
    const user = this.currentUser();
    if (!user) return { privacy: 'unknown', diagnostic: 'logged out (no ds_user_id cookie)' };
    return user === this.user ? this.reading : null;
  }

  isFresh(): boolean {
    const user = this.currentUser();
    return user !== null && user === this.user && this.reading !== null && this.now() - this.readAt < CACHE_MS;
  }

  /** Starts a read if the cache is stale (or `force`), unless one is already running. */
  refresh(force = false): Promise<PrivacyReading> {
    if (this.inFlight) return this.inFlight;
    const user = this.currentUser();
    if (!force && this.isFresh() && this.reading) return Promise.resolve(this.reading);
    if (!user) return Promise.resolve({ privacy: 'unknown', diagnostic: 'logged out (no ds_user_id cookie)' });
    if (user !== this.user) {
      this.user = user;
      this.reading = null;
    }
    const generation = this.generation;
    const request = fetchAccountPrivacy(this.deps.cookies(), this.deps.fetch).then((reading) => {
      if (this.inFlight === request) this.inFlight = null;
      if (this.user === user && this.generation === generation) {
        this.reading = reading;
        this.readAt = this.now();
      }
      this.deps.onChange?.();
      return reading;
    });
    this.inFlight = request;
    return request;
  }

  /** Records a reading made elsewhere (the settings tab verified the switch). */
  set(privacy: AccountPrivacy): void {
    const user = this.currentUser();
    if (!user) return;
    this.generation++;
    this.user = user;
    this.reading = { privacy };
    this.readAt = this.now();
    this.deps.onChange?.();
  }
}
