import { afterEach, describe, expect, it } from 'vitest';
import { readAudienceSentence, readPostAudience } from './post-audience';

function post(html: string): Element {
  const el = document.createElement('div');
  el.setAttribute('role', 'article');
  el.innerHTML = html; // test fixture: constant markup
  document.body.append(el);
  return el;
}
const icon = (title: string) => `<svg title="${title}"><title>${title}</title><circle r="6"></circle></svg>`;

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('readAudienceSentence (docs/MARKUP.md "Posts already published")', () => {
  it.each([
    'Shared with Public',
    'Partagé avec Public',
    'Compartido con: Público',
    'Conteúdo partilhado com: Público',
    'Compartilhado com Público',
    'mit Öffentlich geteilt',
    'Contenuto condiviso con: Tutti',
    'Это видят: Доступно всем',
    'プライバシー設定: 公開',
    'Grono odbiorców: Publiczne',
    'Podijeljeno s: Javno',
    'Distribuit pentru: Public',
  ])('"%s" is public', (sentence) => {
    expect(readAudienceSentence(sentence)).toBe('public');
  });
  it.each(["Shared with Ana's friends", 'Shared with Custom', 'Partagé avec Amis', 'mit Freunde geteilt'])('"%s" is not public', (sentence) => {
    expect(readAudienceSentence(sentence)).toBe('not-public');
  });
  it.each(['Verified account', 'Public', '', 'Shared with '])('"%s" says nothing about the audience', (sentence) => {
    expect(readAudienceSentence(sentence)).toBe('unknown');
  });
});

describe('readPostAudience', () => {
  it('reads the header icon, the first audience icon in the post', () => {
    expect(readPostAudience(post(`<div>${icon('Actions')}${icon('Shared with Public')}</div>`), document)).toBe('public');
    expect(readPostAudience(post(`${icon("Shared with Ana's friends")}<div>${icon('Shared with Public')}</div>`), document)).toBe('not-public');
  });
  it('reads a <title> without a title attribute', () => {
    expect(readPostAudience(post('<svg><title>Shared with Public</title></svg>'), document)).toBe('public');
  });
  it('is unknown when no icon says', () => {
    expect(readPostAudience(post('<svg aria-hidden="true"></svg><p>Hello</p>'), document)).toBe('unknown');
  });
  it('on a public group\'s page, its posts are public; on a private group\'s, not', () => {
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
  });
});
