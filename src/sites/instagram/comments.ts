// Instagram's comment boxes (docs/MARKUP.md "Comments"): `textarea[aria-label="Add a
// comment…"]` inside a `<form>` under each post (high), newer builds a contenteditable
// textbox with the same label (medium); the feed's posts are `<article>`s, a post page or a
// post opened over the feed is a `[role="dialog"]`. A comment is as public as the post's
// author's account, whatever the commenter's own account is: asked of Instagram's own
// same-origin API by username (`web_profile_info`, the headers account-privacy.ts sends),
// once per author for the page's life, and only when the person focuses a box under that
// author's post.
import type { CommentBox, CommentSupport, CommentVerdict } from '../site';
import { INSTAGRAM_APP_ID, readCookie, type AccountPrivacy } from './account-privacy';
import { FORM, LINK, POST, POST_HEADER } from './selectors';

/** The box's label (aria-label or placeholder), per language (docs/MARKUP.md "Comments"). */
export const COMMENT_LABELS: readonly string[] = [
  'Add a comment…',
  'Add a comment...',
  // pt-BR (low: one public comment bot, docs/SOURCES.md)
  'Adicione um comentário...',
  'Adicione um comentário…',
  // zh-CN (medium)
  '添加评论…',
];

const labelled = (tag: string) => COMMENT_LABELS.flatMap((l) => [`${tag}[aria-label="${l}"]`, `${tag}[placeholder="${l}"]`]);
export const COMMENT_BOX = [...labelled('textarea'), ...labelled('[contenteditable="true"]')].join(', ');

/** A post in the feed, or a post page / a post opened over the feed. */
export const POST_CONTAINERS = POST;

export const PROFILE_API_PATH = '/api/v1/users/web_profile_info/?username=';
/** The API answers in well under a second; after this the author is `unknown` (no warning). */
export const FETCH_TIMEOUT_MS = 5_000;

/** Paths that are not profiles, though they look like `/<name>/`. */
const NOT_PROFILES = new Set(['explore', 'reels', 'reel', 'p', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer', 'tv']);
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/$/;

/** The post's author: the first profile link in its header (docs/MARKUP.md "Comments", medium). */
export function authorOf(post: Element): string | null {
  const header = post.querySelector(POST_HEADER);
  for (const scope of header ? [header, post] : [post]) {
    for (const link of scope.querySelectorAll(LINK)) {
      const href = link.getAttribute('href') ?? '';
      let path: string;
      try {
        path = new URL(href, 'https://www.instagram.com').pathname;
      } catch {
        continue;
      }
      const name = PROFILE_PATH.exec(path)?.[1];
      if (name && !NOT_PROFILES.has(name.toLowerCase())) return name;
    }
  }
  return null;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** One request for one author's privacy. Never throws: every failure is `unknown`. */
export async function fetchAuthorPrivacy(username: string, cookies: string, fetchFn: Fetch): Promise<AccountPrivacy> {
  try {
    const response = await fetchFn(PROFILE_API_PATH + encodeURIComponent(username), {
      method: 'GET',
      credentials: 'include',
      headers: {
        'X-IG-App-ID': INSTAGRAM_APP_ID,
        'X-Requested-With': 'XMLHttpRequest',
        'X-CSRFToken': readCookie(cookies, 'csrftoken') ?? '',
      },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!response.ok) return 'unknown';
    const body: unknown = await response.json();
    const isPrivate = (body as { data?: { user?: { is_private?: unknown } } } | null)?.data?.user?.is_private;
    return typeof isPrivate === 'boolean' ? (isPrivate ? 'private' : 'public') : 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface InstagramCommentDeps {
  readonly cookies: () => string;
  readonly fetch: Fetch;
  /** The person's own account's privacy, as the adapter knows it now. */
  readonly ownPrivacy: () => AccountPrivacy | null;
}

export function createInstagramComments(deps: InstagramCommentDeps): CommentSupport {
  /** One answer per author for the page's life (a failure too: no second request). */
  const authors = new Map<string, Promise<AccountPrivacy>>();

  const privacyOf = (username: string): Promise<AccountPrivacy> => {
    let known = authors.get(username);
    if (!known) {
      known = fetchAuthorPrivacy(username, deps.cookies(), deps.fetch);
      authors.set(username, known);
    }
    return known;
  };

  return {
    boxSelector: COMMENT_BOX,
    find(el): CommentBox | null {
      if (!el.matches(COMMENT_BOX)) return null;
      const post = el.closest(POST_CONTAINERS);
      const form = el.closest(FORM);
      // Above the box's form (or the box itself, without a form), inside the post.
      const slot = form && post?.contains(form) ? form : el;
      const parent = slot.parentElement;
      if (!post || !parent) return null;
      return { box: el, post, anchor: { parent, before: slot } };
    },
    isEmpty: (box) => ((box.localName === 'textarea' ? (box as HTMLTextAreaElement).value : box.textContent) ?? '').trim() === '',
    async verdict(target): Promise<CommentVerdict> {
      const author = authorOf(target.post);
      if (!author) return { audience: 'unknown' };
      const privacy = await privacyOf(author);
      if (privacy !== 'public') return { audience: privacy === 'private' ? 'not-public' : 'unknown' };
      return {
        audience: 'public',
        messageKey: deps.ownPrivacy() === 'private' ? 'commentWarningInstagramOwnPrivate' : 'commentWarningInstagram',
      };
    },
  };
}
