// Who can see a published Facebook post, read from its header's audience icon (docs/MARKUP.md
// "Posts already published (for comments)"): `<svg title="Shared with Public"><title>Shared
// with Public</title>…</svg>` (high, live HTML); other audiences read "Shared with Ana's
// friends", "Shared with Custom". The one reader for both its users: the comment warnings
// (comments.ts: public or not, read when a comment box is focused) and the own posts
// (own-posts.ts, own-post-switch.ts: the detailed audience, read for every post of a
// timeline, so nothing here is built per call).
import { audienceNamed, LEXICON, normalise, languageOf, type AudienceNames, type PostAudience } from './lexicon';
import { groupPageOf, groupPrivacy } from './group';
import { ARTICLE, AUDIENCE_ICON, POST } from './selectors';

/** A post's audience as its header says it; `unknown` for an audience icon naming no known audience, or no icon at all. */
export type PostAudienceReading = PostAudience | 'unknown';
/** What the comment warnings need: public, not public (any other audience), or unknown. */
export type PostPublicity = 'public' | 'not-public' | 'unknown';

interface IconLanguage {
  /** The icon's sentence, "{}" where the audience's visible name goes. */
  readonly frames: readonly string[];
  /** The names that fill it: lexicon.ts's for the language, unless given here (no lexicon entry). */
  readonly names?: AudienceNames;
  /** Whole sentences that name the person's friends without the bare word (normalised form). */
  readonly friends?: RegExp;
}

/**
 * The icon's sentence frames per language, with the language whose audience names fill them
 * (docs/MARKUP.md "Posts already published"; the first frame of each language is the public
 * marker listed there: en high, the others medium). Every language is tried on every page:
 * the sentence itself says its language, so a page whose `lang` is missing or not in the
 * lexicon (hr) still reads. A known frame with a name of no known audience is `unknown` but
 * still an audience icon, so not public: a language without Friends or Only me words still
 * tells public from not public. Outside English, a name other than Public in a frame is a
 * guess (docs/MARKUP.md, what the own-posts code relies on), as are the second frames of fr,
 * es, de and it.
 */
const ICON_LANGUAGES: Readonly<Record<string, IconLanguage>> = {
  // "Shared with Ana's friends" (medium), "Shared with Your friends" (guess).
  en: { frames: ['Shared with {}'], friends: /^shared with (?:your|.+['’]s) friends$/ },
  fr: { frames: ['Partagé avec {}', 'Partagé avec : {}'] },
  // es-ES.
  es: { frames: ['Compartido con: {}', 'Compartido con {}'] },
  // pt-PT, pt-BR.
  pt: { frames: ['Conteúdo partilhado com: {}', 'Compartilhado com {}'] },
  de: { frames: ['mit {} geteilt', 'Geteilt mit: {}'] },
  it: { frames: ['Contenuto condiviso con: {}', 'Condiviso con: {}'] },
  ru: { frames: ['Это видят: {}'] },
  ja: { frames: ['プライバシー設定: {}'] },
  pl: { frames: ['Grono odbiorców: {}'] },
  // Croatian has no lexicon entry (its composer is not read): only the icon's Public word.
  hr: { frames: ['Podijeljeno s: {}'], names: { public: ['Javno'] } },
  ro: { frames: ['Distribuit pentru: {}'] },
};

interface Frame {
  readonly head: string;
  readonly tail: string;
  readonly lang: { readonly audiences: AudienceNames };
}

/** A frame's part as a normalised sentence has it: one space, lowercase (`normalise` without the trim). */
function partForm(part: string): string {
  return part.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Every frame, split once: the reading compares strings only. */
const FRAMES: readonly Frame[] = Object.entries(ICON_LANGUAGES).flatMap(([key, language]) => {
  const lang = language.names ? { audiences: language.names } : (LEXICON[key] ?? { audiences: {} });
  return language.frames.map((frame) => {
    const [before = '', after = ''] = frame.split('{}').map(partForm);
    return { head: before.trimStart(), tail: after.trimEnd(), lang };
  });
});
const FRIENDS_SENTENCES: readonly RegExp[] = Object.values(ICON_LANGUAGES).flatMap((l) => (l.friends ? [l.friends] : []));

/** The audience an icon's sentence names, `unknown` for a known frame naming no known audience, null for any other text. */
export function audienceOfSentence(sentence: string): PostAudienceReading | null {
  const n = normalise(sentence);
  if (!n) return null;
  for (const friends of FRIENDS_SENTENCES) if (friends.test(n)) return 'friends';
  for (const { head, tail, lang } of FRAMES) {
    if (n.length <= head.length + tail.length || !n.startsWith(head) || !n.endsWith(tail)) continue;
    // "Shared with" and nothing (or only punctuation) names no audience: some other text.
    const name = normalise(n.slice(head.length, n.length - tail.length));
    if (!name) continue;
    return audienceNamed(name, lang) ?? 'unknown';
  }
  return null;
}

/** The texts an icon carries, in the order read: its `title` attribute, its `<title>`s, its aria-label. */
function iconTexts(svg: Element): string[] {
  const texts: string[] = [];
  const title = svg.getAttribute('title');
  if (title) texts.push(title);
  for (const child of svg.children) if (child.localName === 'title' && child.textContent) texts.push(child.textContent);
  const label = svg.getAttribute('aria-label');
  if (label) texts.push(label);
  return texts;
}

/** What an icon says, in one string: equal while none of its texts changed (a reading still holds). */
export function iconText(svg: Element): string {
  return iconTexts(svg).join('\n');
}

export interface AudienceIcon {
  readonly icon: Element;
  readonly audience: PostAudienceReading;
}

/** Whether `el` is the post's own, not a post nested in it: articles and dialogs (a comment, a shared post) own what they hold. */
function ownedBy(el: Element, container: Element): boolean {
  const holder = el.closest(POST);
  // A `div[aria-posinset]` post is no POST itself: what no article or dialog inside it holds is its own.
  return holder === null || holder === container || !container.contains(holder);
}

/**
 * The post's own header audience icon and what it says, or null when it has none. The first
 * one in document order: the header comes first (docs/MARKUP.md "Posts already published":
 * a re-shared post's embedded original comes after it), and an icon inside a nested
 * `[role="article"]` (a comment, a shared post) belongs to that one.
 */
export function findAudienceIcon(container: Element): AudienceIcon | null {
  // Few candidates: only svgs that carry a text (the reaction and menu icons do not).
  let last: Element | null = null;
  for (const el of container.querySelectorAll(AUDIENCE_ICON)) {
    const svg = el.localName === 'title' ? el.parentElement : el;
    // An svg with both a title attribute and a <title> comes twice in a row: read once.
    if (!svg || svg === last) continue;
    last = svg;
    if (!ownedBy(svg, container)) continue;
    for (const text of iconTexts(svg)) {
      const audience = audienceOfSentence(text);
      if (audience) return { icon: svg, audience };
    }
  }
  return null;
}

/** The post's detailed audience, `unknown` when its header cannot be read. */
export function readPostAudienceDetail(container: Element): PostAudienceReading {
  return findAudienceIcon(container)?.audience ?? 'unknown';
}

/**
 * Whether the post in `container` (a `[role="article"]`, a `div[aria-posinset]` or the post's
 * `[role="dialog"]`) is public: `unknown` when nothing says. A dialog that holds its post as
 * an article (its comment box outside it) reads that article's header. On a group's page the
 * group's privacy decides (docs/MARKUP.md: a public group's posts are public).
 */
export function readPostAudience(container: Element, doc: Document): PostPublicity {
  if (groupPageOf(doc)) {
    const privacy = groupPrivacy(doc, null, languageOf(doc));
    if (privacy === 'public') return 'public';
    if (privacy === 'private') return 'not-public';
  }
  let found = findAudienceIcon(container);
  if (!found && container.getAttribute('role') === 'dialog') {
    // The first article is the post: its comments come after it.
    const shown = container.querySelector(ARTICLE);
    found = shown ? findAudienceIcon(shown) : null;
  }
  return !found ? 'unknown' : found.audience === 'public' ? 'public' : 'not-public';
}
