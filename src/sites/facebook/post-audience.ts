// Who can see a published Facebook post, read from its header (docs/MARKUP.md "Posts already
// published (for comments)"): the audience icon is an `<svg title="Shared with Public">` with
// a `<title>` of the same text (high, live HTML); other audiences read "Shared with Ana's
// friends", "Shared with Custom". Localised public markers are medium (an extension that
// read them). Posts in a public group are public: on a group's page its header decides
// (group.ts). Read only when asked (a comment box was focused), never per post in a feed.
import { languageOf, normalise } from './lexicon';
import { groupPageOf, groupPrivacy } from './group';
import { AUDIENCE_ICON } from './selectors';

export type PostAudienceReading = 'public' | 'not-public' | 'unknown';

/**
 * The icon's sentence, per language: a frame ("Shared with …", German "mit … geteilt") and
 * the word it holds for Public. A sentence in a known frame with another word is not public;
 * a sentence in no known frame is some other icon, and the reading goes on.
 * docs/MARKUP.md lists each (en high; the others medium).
 */
const FRAMES: readonly { readonly before: string; readonly after: string; readonly publicWord: string }[] = [
  { before: 'Shared with ', after: '', publicWord: 'Public' },
  { before: 'Partagé avec ', after: '', publicWord: 'Public' },
  { before: 'Compartido con: ', after: '', publicWord: 'Público' },
  { before: 'Conteúdo partilhado com: ', after: '', publicWord: 'Público' },
  { before: 'Compartilhado com ', after: '', publicWord: 'Público' },
  { before: 'mit ', after: ' geteilt', publicWord: 'Öffentlich' },
  { before: 'Contenuto condiviso con: ', after: '', publicWord: 'Tutti' },
  { before: 'Это видят: ', after: '', publicWord: 'Доступно всем' },
  { before: 'プライバシー設定: ', after: '', publicWord: '公開' },
  { before: 'Grono odbiorców: ', after: '', publicWord: 'Publiczne' },
  { before: 'Podijeljeno s: ', after: '', publicWord: 'Javno' },
  { before: 'Distribuit pentru: ', after: '', publicWord: 'Public' },
].map((f) => ({ before: lower(f.before), after: lower(f.after), publicWord: normalise(f.publicWord) }));

function lower(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** What an icon's sentence says: public, another audience, or nothing about the audience. */
export function readAudienceSentence(sentence: string): PostAudienceReading {
  const text = lower(sentence).trim();
  for (const frame of FRAMES) {
    if (!text.startsWith(frame.before) || !text.endsWith(frame.after)) continue;
    const word = normalise(text.slice(frame.before.length, text.length - frame.after.length));
    if (word === '') continue;
    return word === frame.publicWord ? 'public' : 'not-public';
  }
  return 'unknown';
}

/** The texts an icon carries: its `title` attribute, its `<title>`, its aria-label. */
function iconTexts(svg: Element): string[] {
  const texts: string[] = [];
  const title = svg.getAttribute('title');
  if (title) texts.push(title);
  for (const child of svg.children) if (child.localName === 'title' && child.textContent) texts.push(child.textContent);
  const label = svg.getAttribute('aria-label');
  if (label) texts.push(label);
  return texts;
}

/** The first audience icon in document order within `container`: the post's header comes first. */
function headerIcon(container: Element): PostAudienceReading {
  for (const svg of container.querySelectorAll(AUDIENCE_ICON)) {
    for (const text of iconTexts(svg)) {
      const reading = readAudienceSentence(text);
      if (reading !== 'unknown') return reading;
    }
  }
  return 'unknown';
}

/**
 * Who can see the post in `container` (a `[role="article"]`, a `div[aria-posinset]` or the
 * post's `[role="dialog"]`): `public`, `not-public`, or `unknown` when nothing says.
 * On a group's page the group's privacy decides (a public group's posts are public).
 */
export function readPostAudience(container: Element, doc: Document): PostAudienceReading {
  const group = groupPageOf(doc);
  if (group) {
    const privacy = groupPrivacy(doc, null, languageOf(doc));
    if (privacy === 'public') return 'public';
    if (privacy === 'private') return 'not-public';
  }
  return headerIcon(container);
}
