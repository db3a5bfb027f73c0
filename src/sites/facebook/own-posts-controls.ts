// Whether the page shows a control only the person's own posts have (docs/MARKUP.md "Posts
// already published": a post header's "Edit audience" button, medium; the own profile's
// "Edit profile", high), the same words the own-posts reader goes by (own-posts.ts). The
// core content script asks only this, on what its one watcher saw added, and loads the
// own-posts feature (a second script, injected on demand) the first time it is true; so a
// page without the person's own posts never loads that code.
import type { OwnControls } from '../../content/own-posts-loader';
import { isWord } from './lexicon';
import { OWN_POST_CONTROL_WORDS, wordsForPage, type OwnPostControlWords } from './own-post-control-words';

/** Buttons and links, the only elements these controls are (findEditProfile in own-posts.ts). */
const CONTROLS = '[role="button"], [role="link"], a, button';

function isControl(el: Element, words: readonly string[]): boolean {
  if (isWord(el.getAttribute('aria-label'), words)) return true;
  // A button's text is a few words ("Edit profile" in a span).
  const text = el.textContent ?? '';
  return text.length < 40 && isWord(text, words);
}

export const facebookOwnControls: OwnControls = {
  // The posts' containers are told by `role` (own-posts.ts POSTS), and a header icon's
  // audience by its `title` (post-audience.ts; React updates a re-rendered
  // icon's attributes in place): watched from the start, so the feature loaded later has
  // every record it needs. Not aria-label: most elements carry one, and no source shows an
  // audience icon named by it alone.
  attributes: ['role', 'title'],
  shows(scope, doc) {
    const words = wordsForPage<OwnPostControlWords>(OWN_POST_CONTROL_WORDS, doc);
    if (!words) return false;
    const all = [...words.editAudience, ...words.editProfile];
    if (scope instanceof Element && scope.matches(CONTROLS) && isControl(scope, all)) return true;
    for (const el of scope.querySelectorAll(CONTROLS)) if (isControl(el, all)) return true;
    return false;
  },
};
