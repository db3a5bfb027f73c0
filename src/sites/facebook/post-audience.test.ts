import { afterEach, describe, expect, it } from 'vitest';
import { audienceOfSentence, findAudienceIcon, iconText, readPostAudience, readPostAudienceDetail } from './post-audience';

function post(html: string, lang = 'en'): Element {
  document.documentElement.lang = lang;
  const el = document.createElement('div');
  el.setAttribute('role', 'article');
  el.innerHTML = html; // test fixture: constant markup
  document.body.append(el);
  return el;
}
const icon = (title: string) => `<svg title="${title}"><title>${title}</title><circle r="6"></circle></svg>`;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  history.replaceState(null, '', '/');
});

/**
 * Every frame of docs/MARKUP.md "Posts already published" (and the second frames kept from
 * the own-posts reading): its Public sentence, a sentence naming another audience (its
 * detailed reading: `unknown` where the language has no such name, still not public), and a
 * title in the same language that is no audience icon.
 */
const FRAMES: readonly (readonly [lang: string, publicSentence: string, other: string, otherReads: string, notAudience: string])[] = [
  ['en', 'Shared with Public', "Shared with Ana's friends", 'friends', 'Verified account'],
  ['fr', 'Partagé avec Public', 'Partagé avec Amis', 'friends', 'Compte vérifié'],
  ['fr', 'Partagé avec : Public', 'Partagé avec : Moi uniquement', 'only-me', 'Partagé avec : '],
  ['es', 'Compartido con: Público', 'Compartido con: Amigos', 'friends', 'Cuenta verificada'],
  ['es', 'Compartido con Público', 'Compartido con Solo yo', 'only-me', 'Compartido con'],
  ['pt', 'Conteúdo partilhado com: Público', 'Conteúdo partilhado com: Amigos', 'friends', 'Conta verificada'],
  ['pt', 'Compartilhado com Público', 'Compartilhado com Somente eu', 'only-me', 'Compartilhado com '],
  ['de', 'mit Öffentlich geteilt', 'mit Freunde geteilt', 'friends', 'Verifiziertes Konto'],
  ['de', 'Geteilt mit: Öffentlich', 'Geteilt mit: Nur ich', 'only-me', 'mit geteilt'],
  ['it', 'Contenuto condiviso con: Tutti', 'Contenuto condiviso con: Amici', 'friends', 'Account verificato'],
  ['it', 'Condiviso con: Tutti', 'Condiviso con: Solo io', 'only-me', 'Condiviso con: …'],
  ['ru', 'Это видят: Доступно всем', 'Это видят: Только я', 'only-me', 'Подтверждённый аккаунт'],
  ['ru', 'Это видят: Доступно всем', 'Это видят: Друзья', 'unknown', 'Это видят: '],
  ['ja', 'プライバシー設定: 公開', 'プライバシー設定: 友達', 'unknown', '認証済みアカウント'],
  ['pl', 'Grono odbiorców: Publiczne', 'Grono odbiorców: Znajomi', 'unknown', 'Zweryfikowane konto'],
  ['hr', 'Podijeljeno s: Javno', 'Podijeljeno s: Prijatelji', 'unknown', 'Potvrđeni račun'],
  ['ro', 'Distribuit pentru: Public', 'Distribuit pentru: Prieteni', 'unknown', 'Cont verificat'],
];

describe('the header icon\'s sentence, per language (docs/MARKUP.md "Posts already published")', () => {
  describe.each(FRAMES)('%s "%s"', (lang, publicSentence, other, otherReads, notAudience) => {
    it('is public', () => {
      expect(audienceOfSentence(publicSentence)).toBe('public');
      expect(readPostAudienceDetail(post(icon(publicSentence), lang))).toBe('public');
      expect(readPostAudience(post(icon(publicSentence), lang), document)).toBe('public');
    });
    it(`"${other}" reads ${otherReads}, not public`, () => {
      expect(audienceOfSentence(other)).toBe(otherReads);
      expect(readPostAudienceDetail(post(icon(other), lang))).toBe(otherReads);
      expect(readPostAudience(post(icon(other), lang), document)).toBe('not-public');
    });
    it(`"${notAudience}" is no audience icon`, () => {
      expect(audienceOfSentence(notAudience)).toBeNull();
      expect(findAudienceIcon(post(icon(notAudience), lang))).toBeNull();
      expect(readPostAudience(post(icon(notAudience), lang), document)).toBe('unknown');
    });
  });

  it.each([
    ['Shared with Friends', 'friends'],
    ['Shared with Your friends', 'friends'],
    ['Shared with Only me', 'only-me'],
    ['Shared with Custom', 'custom'],
    ['Shared with Friends except: John, Jane', 'friends-except'],
    ['Shared with Work people', 'unknown'],
    // A lexicon word the comment warnings' own table did not have: Italian "Pubblico".
    ['Contenuto condiviso con: Pubblico', 'public'],
    // Full-width punctuation, one space, a trailing period: read as the frame.
    ['プライバシー設定：公開', 'public'],
    ['Shared  with Public.', 'public'],
  ])('"%s" reads %s', (sentence, expected) => {
    expect(audienceOfSentence(sentence)).toBe(expected);
  });

  it.each(['Public', '', 'Shared with ', 'Shared with …', 'Like'])('"%s" is no audience icon', (sentence) => {
    expect(audienceOfSentence(sentence)).toBeNull();
  });

  it('reads every language on any page: the sentence says its language, not the page', () => {
    expect(readPostAudience(post(icon('Podijeljeno s: Javno'), 'fi'), document)).toBe('public');
    expect(readPostAudience(post(icon('mit Freunde geteilt'), ''), document)).toBe('not-public');
    expect(readPostAudienceDetail(post(icon('Jaettu: Julkinen'), 'fi'))).toBe('unknown');
  });
});

describe('the post\'s own header icon', () => {
  it('is the first audience icon in document order', () => {
    expect(readPostAudience(post(`<div>${icon('Actions')}${icon('Shared with Public')}</div>`), document)).toBe('public');
    expect(readPostAudience(post(`${icon("Shared with Ana's friends")}<div>${icon('Shared with Public')}</div>`), document)).toBe('not-public');
  });

  it('reads a <title> without a title attribute, a <title> beside another title attribute, an aria-label', () => {
    expect(readPostAudience(post('<svg><title>Shared with Public</title></svg>'), document)).toBe('public');
    expect(readPostAudience(post('<svg title="Globe"><title>Shared with Public</title></svg>'), document)).toBe('public');
    expect(readPostAudience(post('<svg aria-label="Shared with Public"></svg>'), document)).toBe('public');
  });

  it('is unknown when no icon says', () => {
    expect(readPostAudience(post('<svg aria-hidden="true"></svg><p>Hello</p>'), document)).toBe('unknown');
    expect(findAudienceIcon(post('<p>Hello</p>'))).toBeNull();
  });

  it('returns the svg it read, and its texts', () => {
    const root = post(`<span>${icon('Shared with Public')}</span>`);
    const found = findAudienceIcon(root);
    expect(found?.icon).toBe(root.querySelector('svg'));
    expect(iconText(found!.icon)).toBe('Shared with Public\nShared with Public');
  });

  it('is not an icon inside a nested article (a comment, a shared post): that one is its own', () => {
    const outer = post(`<p>No icon here</p><div role="article" id="inner">${icon('Shared with Public')}</div>`);
    expect(findAudienceIcon(outer)).toBeNull();
    expect(readPostAudienceDetail(outer)).toBe('unknown');
    expect(readPostAudience(outer, document)).toBe('unknown');
    expect(readPostAudience(document.getElementById('inner')!, document)).toBe('public');
    // The header's icon, before a shared original's: the header decides.
    const sharing = post(`${icon("Shared with Ana's friends")}<div role="article">${icon('Shared with Public')}</div>`);
    expect(readPostAudienceDetail(sharing)).toBe('friends');
  });

  it('in a div[aria-posinset] post, is what no article inside holds', () => {
    document.body.innerHTML =
      `<div aria-posinset="1" id="p"><div>${icon('Shared with Public')}</div>` +
      `<div role="article" aria-label="Comment by Ana"><p>Nice</p></div></div>` +
      `<div aria-posinset="2" id="q"><div role="article">${icon('Shared with Public')}</div></div>`;
    expect(readPostAudience(document.getElementById('p')!, document)).toBe('public');
    expect(readPostAudience(document.getElementById('q')!, document)).toBe('unknown');
  });

  it("in a post's dialog whose post is an article (its comment box outside it), the comment warnings read that article", () => {
    document.body.innerHTML =
      `<div role="dialog" id="d"><div role="article">${icon('Shared with Public')}<p>Trail map</p></div>` +
      '<div><div role="article" aria-label="Comment by Ana"></div><form></form></div></div>';
    const dialog = document.getElementById('d')!;
    expect(readPostAudience(dialog, document)).toBe('public');
    // For its own posts the article is the post, not the dialog (one marker).
    expect(findAudienceIcon(dialog)).toBeNull();
  });
});

describe('on a group\'s page', () => {
  it("its posts are public in a public group, not in a private one, whatever their icon", () => {
    document.documentElement.lang = 'en';
    history.replaceState(null, '', '/groups/101');
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    main.innerHTML = '<h1>Trail Runners</h1><span>Public group</span>';
    document.body.append(main);
    expect(readPostAudience(post('<p>Sunday run</p>'), document)).toBe('public');
    history.replaceState(null, '', '/groups/202');
    main.innerHTML = '<h1>Readers</h1><span>Private group</span>';
    expect(readPostAudience(post('<p>Book</p>'), document)).toBe('not-public');
    expect(readPostAudience(post(icon('Shared with Public')), document)).toBe('not-public');
  });

  it('its header unread, the icon decides', () => {
    history.replaceState(null, '', '/groups/303');
    expect(readPostAudience(post(icon('Shared with Public')), document)).toBe('public');
    expect(readPostAudience(post('<p>Sunday run</p>'), document)).toBe('unknown');
  });
});
