// Group composers have no audience button: the group's privacy decides (docs/MARKUP.md "Groups",
// medium). The group page header says "Public group" / "Private group" (localised); it is
// read once per group and cached, since a group's privacy does not change under the reader.
import { isWord, type FacebookLanguage } from './lexicon';

export type GroupPrivacy = 'public' | 'private';

const GROUP_PATH = /^\/groups\/([^/?#]+)/;
/**
 * The header comes first in the main region; a walk that stops after this many short texts
 * keeps each look cheap, so a header that is not there yet can be looked for on every frame.
 */
const MAX_TEXTS = 400;

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

let cache: { id: string; privacy: GroupPrivacy } | null = null;

/** Forget what was read (tests; a new page). */
export function resetGroupCache(): void {
  cache = null;
}

/** The group's privacy as its header says it, or null when the header cannot be read. */
export function groupPrivacy(doc: Document, group: GroupPage, lang: FacebookLanguage | null): GroupPrivacy | null {
  if (!lang) return null;
  if (cache?.id === group.id) return cache.privacy;
  const privacy = scanHeader(doc, lang);
  if (privacy) cache = { id: group.id, privacy };
  return privacy;
}

function scanHeader(doc: Document, lang: FacebookLanguage): GroupPrivacy | null {
  // The header comes first in the main region, so a document-order walk meets it early.
  const root = doc.querySelector('[role="main"]') ?? doc.body;
  if (!root) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_TEXTS; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length > 40 || text.trim() === '') continue;
    seen++;
    // Our own warning is in a shadow root, so its words are never seen here.
    if (isWord(text, lang.publicGroup)) return 'public';
    if (isWord(text, lang.privateGroup)) return 'private';
  }
  return null;
}
