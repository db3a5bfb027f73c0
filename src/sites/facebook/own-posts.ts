// The person's own published posts on the page (docs/MARKUP.md "Posts already published"):
// which posts are theirs, what their header says, where a marker goes, and what identifies
// a post across React's re-renders. Pure reads: menus are never opened just to look.
//
// A post is the person's own when (docs/CONTRACT.md "Your own public posts"):
//   1. its header's audience icon is itself an "Edit audience" button (only one's own posts
//      have it, medium), or
//   2. the page is the person's own profile (it shows "Edit profile", high) and the post's
//      author link points at that profile.
import type { PostsSelector } from '../own-posts-site';
import { isWord, normalise } from './lexicon';
import { ownPostWordsOf, type OwnPostWords } from './own-posts-lexicon';
import { findAudienceIcon, iconText, type PostAudienceReading } from './post-audience';
import { leafTexts } from './on-screen';
import { CLICKABLE, LINK, POST } from './selectors';

/**
 * The containers a post lives in: a feed or timeline `[role="article"]`, or a post open in a
 * `[role="dialog"]`. The only text a reading looks at is the audience icon's `<title>`
 * (post-audience.ts); the rest is elements and attributes (the icon's title, the "Edit
 * audience" label, links), so the timestamps and counters a timeline keeps rewriting do not
 * make a post be read again.
 */
export const POSTS: PostsSelector = { selector: POST, attribute: 'role', textHolders: ['title'] };

export interface OwnPost {
  readonly root: Element;
  readonly own: boolean;
  /** The header icon it was read from, and its texts then (post-audience.ts iconText). */
  readonly icon: Element;
  readonly title: string;
  /** Stable across re-renders: the post's permalink when it shows one. */
  readonly key: string | null;
  readonly audience: PostAudienceReading;
  /** Where a marker goes: right after the audience icon (or its button). */
  readonly anchor: { readonly parent: Element; readonly before: Node | null };
  /** The header's "Edit audience" button, when the post has one (else the "…" menu's item). */
  readonly editButton: Element | null;
}

/** The own profile's path ("/ana.lima", "/profile.php?id=…"), when the page shows "Edit profile". */
export interface ProfileOwner {
  readonly path: string;
  /** The "Edit profile" control: the verdict holds while it is in the page. */
  readonly control: Element;
}

const PERMALINK = 'a[href*="/posts/"], a[href*="story_fbid="], a[href*="/permalink/"], a[href*="/videos/"], a[href*="/photo"]';

function pathOf(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    const id = url.searchParams.get('id');
    const path = url.pathname.replace(/\/+$/, '').toLowerCase();
    return id && path.endsWith('/profile.php') ? `${path}?id=${id}` : path;
  } catch {
    return null;
  }
}

function ownNested(el: Element, root: Element): boolean {
  return el.closest(POST) === root;
}

/** An "Edit profile" control inside `scope` (outside any post), or null. */
export function findEditProfile(scope: ParentNode, doc: Document): Element | null {
  const words = ownPostWordsOf(doc);
  if (!words) return null;
  for (const el of scope.querySelectorAll(CLICKABLE)) {
    if (el.closest(POST)) continue;
    if (isWord(el.getAttribute('aria-label'), words.editProfile)) return el;
    // Only short controls: a button's text is a few words.
    const text = el.textContent ?? '';
    if (text.length < 40 && leafTexts(el).some((t) => isWord(t, words.editProfile))) return el;
  }
  return null;
}

/** The last page address read, and its path: every post of a timeline asks for the same one. */
let lastPage: { href: string; base: string; path: string | null } | null = null;

export function profileOwner(control: Element, doc: Document): ProfileOwner | null {
  const href = doc.location?.href ?? '';
  const base = doc.baseURI;
  if (lastPage === null || lastPage.href !== href || lastPage.base !== base) lastPage = { href, base, path: pathOf(href, base) };
  const { path } = lastPage;
  return path && path !== '' ? { path, control } : null;
}

function editAudienceButton(root: Element, icon: Element, words: OwnPostWords): Element | null {
  for (let n: Element | null = icon; n && n !== root; n = n.parentElement) {
    if (n.getAttribute('role') === 'button' || n.localName === 'button') {
      return isWord(n.getAttribute('aria-label'), words.editAudience) ? n : null;
    }
  }
  return null;
}

/** The post's author: its first link (the name or the avatar, above the text). */
function authorIsProfile(root: Element, owner: ProfileOwner, doc: Document): boolean {
  for (const a of root.querySelectorAll(LINK)) {
    if (!ownNested(a, root)) continue;
    return pathOf(a.getAttribute('href') ?? '', doc.baseURI) === owner.path;
  }
  return false;
}

/**
 * Whether a reading still holds: its icon is still this post's, with the same title, and the
 * marker's place is still there. React replaces what changes, so an unchanged header keeps
 * its nodes; the own profile's verdict is the caller's (it reads every post again when that changes).
 */
export function stillValid(root: Element, previous: OwnPost): boolean {
  const { icon, anchor, editButton } = previous;
  return (
    previous.root === root &&
    icon.isConnected &&
    icon.closest(POST) === root &&
    iconText(icon) === previous.title &&
    anchor.parent.isConnected &&
    root.contains(anchor.parent) &&
    (editButton === null || (editButton.isConnected && editButton.contains(icon)))
  );
}

/** Reads one post: null when its header shows no audience; `own` says whether it is the person's. */
export function readOwnPost(root: Element, doc: Document, owner: ProfileOwner | null): OwnPost | null {
  const words = ownPostWordsOf(doc);
  if (!words) return null;
  const found = findAudienceIcon(root);
  if (!found) return null;
  const editButton = editAudienceButton(root, found.icon, words);
  const own = editButton !== null || (owner !== null && authorIsProfile(root, owner, doc));
  const beside = editButton ?? found.icon.parentElement ?? found.icon;
  const parent = beside.parentElement;
  if (!parent) return null;
  const title = iconText(found.icon);
  if (!own) return { root, own, icon: found.icon, title, key: null, audience: found.audience, anchor: { parent, before: null }, editButton: null };
  let key: string | null = null;
  for (const a of root.querySelectorAll(PERMALINK)) {
    if (ownNested(a, root)) {
      key = pathOf(a.getAttribute('href') ?? '', doc.baseURI);
      // The same post open in a dialog over the timeline is a second place with its own marker.
      if (key !== null && root.getAttribute('role') === 'dialog') key += '#dialog';
      break;
    }
  }
  return { root, own, icon: found.icon, title, key, audience: found.audience, anchor: { parent, before: beside.nextSibling }, editButton };
}

/** The post's permalink (for the batch's list), or null. */
export function permalinkOf(root: Element): string | null {
  for (const a of root.querySelectorAll<HTMLAnchorElement>(PERMALINK)) if (ownNested(a, root)) return a.href;
  return null;
}

/** A short label for the batch's list: the first words of the post's text. */
export function labelOf(root: Element, max = 60): string {
  const words = ownPostWordsOf(root.ownerDocument);
  const skip = new Set<string>();
  const first = root.querySelector(LINK);
  if (first) for (const t of leafTexts(first)) skip.add(normalise(t));
  for (const t of leafTexts(root)) {
    if (t.length < 8 || skip.has(normalise(t))) continue;
    if (words && isWord(t, words.postActions)) continue;
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  }
  return '';
}
