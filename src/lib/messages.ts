// The typed message protocol. Every message names its direction in its type prefix, and
// every receiver checks both the sender and the shape before acting (Privacy Badger's
// allow-list): a page, or another extension, cannot drive Audience Guard by messaging it.
import type { Audience, SiteId } from '../sites/site';

export type WarningState = 'warning' | 'switching' | 'done' | 'error';

/** What a tab is about to share, as its content script sees it right now. */
export interface TabStatus {
  site: SiteId;
  /** The open composer's audience, or the account's privacy on Instagram, or 'none'. */
  audience: Audience | 'none';
  /** The one-click switch can be offered. */
  canMakePrivate: boolean;
  /** The warning's state for the composer the popup reports on, if there is one. */
  state: WarningState | null;
  /** The person said they post publicly on purpose here: warnings are muted. */
  muted: boolean;
  /** Audience Guard is switched off for this site in the options. */
  enabled: boolean;
  /** A comment box is warning: the comment being written will be public (no switch for it). */
  comment?: 'public';
  /** Facebook: the person's own public posts marked on the page, and the batch over them. */
  ownPosts?: OwnPostsStatus;
}

export type OwnPostsBatchState = 'running' | 'paused' | 'stopped' | 'finished';

export interface OwnPostsStatus {
  marked: number;
  batch: { state: OwnPostsBatchState; done: number; failed: number; total: number; waiting: boolean } | null;
}

export interface SwitchOutcome {
  ok: boolean;
  audience?: Audience | 'none';
  /** `_locales` key of what to do by hand, when `ok` is false. */
  messageKey?: string;
}

// Popup → content script (browser.tabs.sendMessage).
export type PopupToContent =
  | { type: 'popup:get-status' }
  | { type: 'popup:make-private' }
  /** Starts the batch that makes every own public post on the page Friends. */
  | { type: 'popup:own-posts-start' };

// Content script → background (browser.runtime.sendMessage).
export type ContentToBackground =
  | { type: 'content:status'; status: TabStatus }
  | { type: 'content:instagram-open-privacy' }
  | { type: 'content:instagram-claim-privacy' }
  | { type: 'content:instagram-privacy-result'; ok: boolean; messageKey?: string }
  /** The served settings page is not the privacy page (it says so, or the tab is elsewhere). */
  | { type: 'content:instagram-privacy-unavailable' }
  /**
   * Facebook: inject an on-demand script into this frame (src/lib/on-demand.ts): the
   * own-posts feature once the page shows one of the person's own posts, the switch's
   * driver once a warning offers the switch, the bug report's writer on the first click that
   * asks for a report.
   */
  | { type: 'content:load-script'; script: OnDemandScript };

/** The scripts a content script may ask for, each a fixed file of the build (src/background/inject.ts). */
export type OnDemandScript = 'own-posts' | 'facebook-switch' | 'bug-report';
const ON_DEMAND = new Set<string>(['own-posts', 'facebook-switch', 'bug-report']);

// Background → content script (browser.tabs.sendMessage).
export type BackgroundToContent =
  | { type: 'background:instagram-privacy-result'; ok: boolean; messageKey?: string }
  /** To the settings tab: no privacy path worked; say where the switch is by hand. */
  | { type: 'background:instagram-settings-not-found' };

/** The background's answer to `content:instagram-open-privacy`: the settings tab was opened, or why not. */
export interface InstagramOpenAnswer {
  ok: boolean;
  messageKey?: string;
}
/** The background's answer to `content:instagram-claim-privacy`: true once, for the tab it opened. */
export interface InstagramClaimAnswer {
  granted: boolean;
}
/** The background's answer to `content:instagram-privacy-unavailable`: whether it takes the tab to another path. */
export interface InstagramNextAnswer {
  next: boolean;
}

const POPUP_TO_CONTENT = new Set<string>(['popup:get-status', 'popup:make-private', 'popup:own-posts-start']);
const CONTENT_TO_BACKGROUND = new Set<string>([
  'content:status',
  'content:instagram-open-privacy',
  'content:instagram-claim-privacy',
  'content:instagram-privacy-result',
  'content:instagram-privacy-unavailable',
  'content:load-script',
]);
const BACKGROUND_TO_CONTENT = new Set<string>(['background:instagram-privacy-result', 'background:instagram-settings-not-found']);

function typeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

const AUDIENCES = new Set<string>([
  'public', 'friends', 'friends-of-friends', 'friends-except', 'specific-friends',
  'only-me', 'custom', 'group-private', 'private', 'unknown', 'none',
]);
const STATES = new Set<string>(['warning', 'switching', 'done', 'error']);

export function isTabStatus(value: unknown): value is TabStatus {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    (s.site === 'facebook' || s.site === 'instagram') &&
    typeof s.audience === 'string' && AUDIENCES.has(s.audience) &&
    typeof s.canMakePrivate === 'boolean' &&
    (s.state === null || (typeof s.state === 'string' && STATES.has(s.state))) &&
    typeof s.muted === 'boolean' &&
    typeof s.enabled === 'boolean' &&
    (s.comment === undefined || s.comment === 'public') &&
    (s.ownPosts === undefined || isOwnPostsStatus(s.ownPosts))
  );
}

const BATCH_STATES = new Set<string>(['running', 'paused', 'stopped', 'finished']);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isOwnPostsStatus(value: unknown): value is OwnPostsStatus {
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  if (!isCount(o.marked)) return false;
  if (o.batch === null) return true;
  if (typeof o.batch !== 'object' || o.batch === undefined) return false;
  const b = o.batch as Record<string, unknown>;
  return typeof b.state === 'string' && BATCH_STATES.has(b.state) && isCount(b.done) && isCount(b.failed) && isCount(b.total) && typeof b.waiting === 'boolean';
}

export function isPopupToContent(value: unknown): value is PopupToContent {
  const type = typeOf(value);
  return type !== null && POPUP_TO_CONTENT.has(type);
}

/** An Instagram switch result: `ok`, and at most a `_locales` key (a word, nothing else). */
function isSwitchResultShape(value: unknown): boolean {
  const { ok, messageKey } = value as { ok?: unknown; messageKey?: unknown };
  return typeof ok === 'boolean' && (messageKey === undefined || (typeof messageKey === 'string' && /^[A-Za-z]{1,64}$/.test(messageKey)));
}

export function isBackgroundToContent(value: unknown): value is BackgroundToContent {
  const type = typeOf(value);
  if (type === null || !BACKGROUND_TO_CONTENT.has(type)) return false;
  return type === 'background:instagram-settings-not-found' || isSwitchResultShape(value);
}

export function isContentToBackground(value: unknown): value is ContentToBackground {
  const type = typeOf(value);
  if (type === null || !CONTENT_TO_BACKGROUND.has(type)) return false;
  if (type === 'content:status') return isTabStatus((value as { status?: unknown }).status);
  if (type === 'content:instagram-privacy-result') return isSwitchResultShape(value);
  if (type === 'content:load-script') return ON_DEMAND.has(String((value as { script?: unknown }).script));
  return true;
}

/** The minimal sender shape both Chrome and Firefox give (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

const SITE_ORIGINS = ['https://www.facebook.com/', 'https://www.instagram.com/'];

/** A message from our own content script running in a supported site's tab. */
export function isFromOurContentScript(sender: Sender, extensionId: string): boolean {
  const url = sender.tab?.url ?? sender.url;
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    typeof url === 'string' &&
    SITE_ORIGINS.some((origin) => url.startsWith(origin))
  );
}

/**
 * Where `content:load-script` may inject: the sending frame, when our content script
 * sent it from a Facebook page (the frame's own address, not only the tab's); else null.
 */
export function onDemandTarget(sender: Sender, extensionId: string): { tabId: number; frameIds: number[] } | null {
  if (!isFromOurContentScript(sender, extensionId) || typeof sender.frameId !== 'number') return null;
  if (typeof sender.url !== 'string' || !sender.url.startsWith('https://www.facebook.com/')) return null;
  return { tabId: sender.tab?.id as number, frameIds: [sender.frameId] };
}
