// Group composers have no audience button: the group's privacy decides (docs/MARKUP.md
// "Groups", medium). Read every time a group composer is read, never cached: since Nov 2025
// an admin can turn a private group public while its page is open, and what the page says
// now is what counts. Two independent signals, either one saying public means public:
//   1. the page header, "Public group" / "Private group" (localised), often in one text with
//      the member count: "Public group · 89.6K members";
//   2. in a public group, the composer's own text box label, "Create a public post…".
import { isWord, normalise, type FacebookLanguage } from './lexicon';
import { HEADING, MAIN } from './selectors';

export type GroupPrivacy = 'public' | 'private';

const GROUP_PATH = /^\/groups\/([^/?#]+)/;
/** A look stops after this many short texts: cheap enough to repeat on every change. */
const MAX_TEXTS = 400;
/** Parts of one text: "Public group · 1.2K members" (the separators Facebook puts between them). */
const SEPARATORS = /\s*[·•|]\s*/;
/** Subtrees that are not the header: sidebars, the feed, posts. Skipped whole by the walk. */
const NOT_HEADER = new Set(['navigation', 'complementary', 'feed', 'article', 'dialog']);

export interface GroupPage {
  readonly id: string;
  readonly aboutUrl: string;
}

/** The group this page belongs to, from its path (`/groups/<id>/...`), or null. */
export function groupPageOf(doc: Document): GroupPage | null {
  const location = doc.defaultView?.location;
  const match = location ? GROUP_PATH.exec(location.pathname) : null;
  if (!match || !match[1] || !location) return null;
  const id = match[1];
  if (['feed', 'discover', 'joins', 'create', 'notifications'].includes(id)) return null;
  return { id, aboutUrl: `${location.origin}/groups/${encodeURIComponent(decodeURIComponent(id))}/about/` };
}

/** What one text says about the group, or null: any of its parts being a header word. */
export function privacyInText(text: string, lang: FacebookLanguage): GroupPrivacy | null {
  for (const part of text.split(SEPARATORS)) {
    if (isWord(part, lang.publicGroup)) return 'public';
    if (isWord(part, lang.privateGroup)) return 'private';
  }
  return null;
}

/** Whether a composer's text box says the post will be public (signal 2). */
export function textboxSaysPublic(textbox: Element, lang: FacebookLanguage): boolean {
  if (lang.publicPostBox.length === 0) return false;
  for (const attr of ['aria-label', 'aria-placeholder']) {
    const value = textbox.getAttribute(attr);
    if (value && isWord(value, lang.publicPostBox)) return true;
  }
  return false;
}

/**
 * The group's privacy as the page says it now, or null when nothing readable says it. A
 * text box saying public wins over a header saying private (docs/CONTRACT.md "Groups").
 */
export function groupPrivacy(doc: Document, textbox: Element | null, lang: FacebookLanguage | null): GroupPrivacy | null {
  if (!lang) return null;
  if (textbox && textboxSaysPublic(textbox, lang)) return 'public';
  return scanHeader(doc, lang);
}

function scanHeader(doc: Document, lang: FacebookLanguage): GroupPrivacy | null {
  const main = doc.querySelector(MAIN) ?? doc.body;
  if (!main) return null;
  // The header holds the group's name as the main region's first heading and its privacy
  // line right after it: walk on from there first, so a long sidebar placed before the
  // header in document order costs nothing. Then the main region from its start.
  const heading = main.querySelector(HEADING);
  return (heading && walk(doc, main, heading, lang)) ?? walk(doc, main, null, lang);
}

function walk(doc: Document, root: Element, from: Node | null, lang: FacebookLanguage): GroupPrivacy | null {
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType !== 1) return 1; // FILTER_ACCEPT
      const role = (node as Element).getAttribute('role');
      return role && NOT_HEADER.has(role) ? 2 /* FILTER_REJECT: skip the subtree */ : 3; /* FILTER_SKIP */
    },
  });
  if (from) walker.currentNode = from;
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_TEXTS; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    // A header text is short; our own warning is in a shadow root, never seen here.
    if (text.length > 80 || normalise(text) === '') continue;
    seen++;
    const privacy = privacyInText(text, lang);
    if (privacy) return privacy;
  }
  return null;
}
