// Makes one published post Friends by driving its own controls (docs/MARKUP.md "Posts already
// published"): the header's "Edit audience" button, else the "…" menu's "Edit audience" item
// (never any other item: the menu also holds archive and trash), then the same chooser as
// the composer's (chooser.ts `chooseFriends`: Friends, Save/Done), then reads the header
// icon back: done only when it says Friends. On failure the post is left as it was: the
// chooser backs out, a menu we opened is closed again.
import type { SwitchResult } from '../site';
import { isWord, languageOf } from './lexicon';
import { ownPostWordsOf, type OwnPostWords } from './own-posts-lexicon';
import { readPostAudienceDetail } from './post-audience';
import { chooseFriends } from './chooser';
import { isOnScreen, leafTexts } from './on-screen';
import { waitFor } from '../../lib/wait-for';
import { DIALOG, LABELLED_BUTTON, MENU, MENU_ITEM, POST, RADIO } from './selectors';

/** A menu may be slow to load (it is fetched on first open). */
export const MENU_TIMEOUT_MS = 8000;
/** Saving is a request: the header follows when Facebook has answered. */
export const READ_BACK_TIMEOUT_MS = 6000;

function fail(messageKey: string, diagnostic: string): SwitchResult {
  return { ok: false, messageKey, diagnostic };
}

function click(el: Element): void {
  (el as HTMLElement).click();
}

function actionsButton(root: Element, words: OwnPostWords): Element | null {
  for (const el of root.querySelectorAll(LABELLED_BUTTON)) {
    if (el.closest(POST) === root && isWord(el.getAttribute('aria-label'), words.postActions)) return el;
  }
  return null;
}

/** The open menu's "Edit audience" item; `menus` is set when any menu is open. */
function editAudienceItem(doc: Document, words: OwnPostWords): { item: Element | null; menuOpen: boolean } {
  let menuOpen = false;
  for (const menu of doc.querySelectorAll(MENU)) {
    menuOpen = true;
    for (const item of menu.querySelectorAll(MENU_ITEM)) {
      if (isWord(item.getAttribute('aria-label'), words.editAudience) || leafTexts(item).some((t) => isWord(t, words.editAudience))) {
        return { item, menuOpen };
      }
    }
  }
  return { item: null, menuOpen };
}

/** Whether an audience chooser is open for this post (a dialog with radio rows, not the post's own). */
function chooserOpen(doc: Document, post: Element): boolean {
  for (const dialog of doc.querySelectorAll(DIALOG)) {
    if (dialog === post || dialog.contains(post)) continue;
    if (dialog.querySelector(RADIO)) return true;
  }
  for (const radio of post.querySelectorAll(RADIO)) {
    if (isOnScreen(radio.closest('label') ?? radio, post)) return true;
  }
  return false;
}

/**
 * Switches the post `find()` returns (found again at each step: React may replace it) to
 * Friends. `editButton` is its header button, if it has one.
 */
export async function switchPostToFriends(find: () => Element | null, doc: Document, signal: AbortSignal): Promise<SwitchResult> {
  const lang = languageOf(doc);
  const words = ownPostWordsOf(doc);
  if (!lang || !words) return fail('errorOwnPostByHand', `unknown UI language "${doc.documentElement.lang}"`);
  const post = find();
  if (!post) return fail('errorOwnPostByHand', 'the post is no longer in the page');
  if (readPostAudienceDetail(post) !== 'public') return fail('errorOwnPostByHand', 'the post is not public (any more)');

  // 1. Open its chooser: the header's "Edit audience" button, else the "…" menu's item.
  const header = [...post.querySelectorAll(LABELLED_BUTTON)].find(
    (el) => el.closest(POST) === post && isWord(el.getAttribute('aria-label'), words.editAudience),
  );
  if (header) click(header);
  else {
    const actions = actionsButton(post, words);
    if (!actions) return fail('errorOwnPostByHand', 'no "Edit audience" button and no "…" menu on the post');
    click(actions);
    const item = await waitFor(doc, () => editAudienceItem(doc, words).item, { timeoutMs: MENU_TIMEOUT_MS, signal });
    if (!item) {
      // Close the menu we opened (Escape, as a person would), touching none of its items.
      if (editAudienceItem(doc, words).menuOpen) {
        doc.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        doc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }
      return fail('errorOwnPostByHand', `the "…" menu offered no "Edit audience" within ${MENU_TIMEOUT_MS} ms`);
    }
    click(item);
  }

  // 2. The same chooser as the composer's: Friends, then Save/Done, then closed.
  const opened = await waitFor(doc, () => chooserOpen(doc, find() ?? post), { timeoutMs: MENU_TIMEOUT_MS, signal });
  if (!opened) return fail('errorOwnPostByHand', 'the audience chooser did not open');
  const chosen = await chooseFriends(doc, find() ?? post, lang, signal);
  if (!chosen.ok) return { ...chosen, messageKey: chosen.messageKey === 'errorFacebookNoFriends' ? 'errorOwnPostNoFriends' : 'errorOwnPostByHand' };

  // 3. Read the header back: done only when it says Friends.
  const verified = await waitFor(
    doc,
    () => {
      const now = find();
      return now !== null && readPostAudienceDetail(now) === 'friends';
    },
    { timeoutMs: READ_BACK_TIMEOUT_MS, signal },
  );
  if (verified) return { ok: true, audience: 'friends' };
  const now = find();
  return fail('errorOwnPostNotSaved', `after Save the post's header reads ${now ? readPostAudienceDetail(now) : 'nothing (post gone)'}`);
}
