// Reading a published post's audience from its header icon (docs/MARKUP.md "Posts already
// published", high): `<svg title="Shared with Public"><title>Shared with Public</title>…</svg>`;
// other audiences "Shared with Ana's friends", "Shared with Custom"; localised titles per
// own-posts-lexicon.ts. Only the post's own header counts: an icon inside a nested
// `[role="article"]` (a comment, a shared post) belongs to that one.
import { audienceNamed, languageOf, normalise, type FacebookLanguage, type PostAudience } from './lexicon';
import { ownPostWordsOf, type OwnPostWords } from './own-posts-lexicon';
import { AUDIENCE_ICON_TITLE, POST } from './selectors';

/** What a post is (its own container) and what nests inside it. */
export const POST_SELECTOR = POST;

export type PostAudienceReading = PostAudience | 'unknown';

/** The title an svg carries (attribute, else its `<title>` child). */
export function titleOf(svg: Element): string {
  const attr = svg.getAttribute('title');
  if (attr) return attr;
  for (const child of svg.children) if (child.localName === 'title') return child.textContent ?? '';
  return '';
}

interface TitleTemplate {
  readonly head: string;
  readonly tail: string;
}
/** Each language's "Shared with {}" templates, split once (a timeline reads many titles). */
const templates = new WeakMap<OwnPostWords, readonly TitleTemplate[]>();
function templatesOf(words: OwnPostWords): readonly TitleTemplate[] {
  let split = templates.get(words);
  if (!split) {
    split = words.sharedWith.map((template) => {
      const [before = '', after = ''] = template.split('{}').map((part) => part.toLocaleLowerCase().replace(/\s+/g, ' '));
      return { head: before.trimStart(), tail: after.trimEnd() };
    });
    templates.set(words, split);
  }
  return split;
}

/** The audience a header title names, 'unknown' for a "shared with" title naming no known audience, null for any other title. */
export function audienceOfTitle(title: string, words: OwnPostWords, lang: FacebookLanguage): PostAudienceReading | null {
  const n = normalise(title);
  if (!n) return null;
  if (words.friendsTitle?.test(n)) return 'friends';
  for (const { head, tail } of templatesOf(words)) {
    if (!n.startsWith(head) || !n.endsWith(tail) || n.length < head.length + tail.length) continue;
    const name = n.slice(head.length, n.length - tail.length);
    return audienceNamed(name, lang) ?? 'unknown';
  }
  return null;
}

export interface AudienceIcon {
  readonly icon: Element;
  readonly audience: PostAudienceReading;
}

/** The post's own header audience icon, or null when it has none (or the language is not known). */
export function findAudienceIcon(container: Element, doc: Document): AudienceIcon | null {
  const lang = languageOf(doc);
  const words = ownPostWordsOf(doc);
  if (!lang || !words) return null;
  // Few candidates: only svgs that carry a title (the reaction and menu icons do not).
  for (const el of container.querySelectorAll(AUDIENCE_ICON_TITLE)) {
    const svg = el.localName === 'title' ? el.parentElement : el;
    if (!svg || svg.closest(POST_SELECTOR) !== container) continue;
    const audience = audienceOfTitle(titleOf(svg), words, lang);
    if (audience) return { icon: svg, audience };
  }
  return null;
}

/** The post's audience in the contract's vocabulary, 'unknown' when its header cannot be read. */
export function readPostAudienceDetail(container: Element, doc: Document): PostAudienceReading {
  return findAudienceIcon(container, doc)?.audience ?? 'unknown';
}

/** Whether a published post is public, as its header says. */
export function readPostAudience(container: Element, doc: Document): 'public' | 'not-public' | 'unknown' {
  const audience = readPostAudienceDetail(container, doc);
  return audience === 'unknown' ? 'unknown' : audience === 'public' ? 'public' : 'not-public';
}
