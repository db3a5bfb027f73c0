import { afterEach, describe, expect, it } from 'vitest';
import { LEXICON } from './lexicon';
import { OWN_POST_WORDS } from './own-posts-lexicon';
import { audienceOfTitle, readPostAudience, readPostAudienceDetail } from './own-post-audience';
import { findEditProfile, readOwnPost, stillValid, type ProfileOwner } from './own-posts';

function html(markup: string): void {
  // Test markup is constant text written here, never page content.
  document.body.innerHTML = markup;
}

const icon = (title: string) => `<svg viewBox="0 0 16 16" title="${title}"><title>${title}</title></svg>`;
const post = (id: string, author: string, header: string) =>
  `<div role="article" id="p${id}"><h3><a href="/${author}"><strong>${author}</strong></a></h3>` +
  `<div><a href="/${author}/posts/${id}">3h</a> · ${header}</div><p>Some words of post ${id}</p>` +
  `<div role="article"><a href="/maria">Maria</a> ${icon('Shared with Public')}</div></div>`;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});

describe('a published post\'s header icon', () => {
  it.each([
    ['en', 'Shared with Public', 'public'],
    ['en', "Shared with Ana's friends", 'friends'],
    ['en', 'Shared with Your friends', 'friends'],
    ['en', 'Shared with Friends', 'friends'],
    ['en', 'Shared with Only me', 'only-me'],
    ['en', 'Shared with Custom', 'custom'],
    ['en', 'Shared with Work people', 'unknown'],
    ['fr', 'Partagé avec Public', 'public'],
    ['es', 'Compartido con: Público', 'public'],
    ['de', 'mit Öffentlich geteilt', 'public'],
    ['pt', 'Compartilhado com Público', 'public'],
    ['pt', 'Conteúdo partilhado com: Público', 'public'],
    ['it', 'Contenuto condiviso con: Tutti', 'public'],
  ])('%s "%s" reads as %s', (lang, title, expected) => {
    expect(audienceOfTitle(title, OWN_POST_WORDS[lang]!, LEXICON[lang]!)).toBe(expected);
  });

  it('is not any other titled icon', () => {
    expect(audienceOfTitle('Like', OWN_POST_WORDS.en!, LEXICON.en!)).toBeNull();
    expect(audienceOfTitle('', OWN_POST_WORDS.en!, LEXICON.en!)).toBeNull();
  });

  it("is the post's own: a comment's icon inside it does not count", () => {
    html(`<div role="article" id="outer"><p>No icon here</p><div role="article">${icon('Shared with Public')}</div></div>`);
    const outer = document.getElementById('outer')!;
    expect(readPostAudienceDetail(outer, document)).toBe('unknown');
    expect(readPostAudience(outer, document)).toBe('unknown');
  });

  it('says unknown in a language it does not know, never public', () => {
    document.documentElement.lang = 'fi';
    html(post('1', 'ana', icon('Jaettu: Julkinen')));
    expect(readPostAudience(document.getElementById('p1')!, document)).toBe('unknown');
  });
});

describe('the person\'s own posts', () => {
  const owner = (path: string): ProfileOwner => ({ path, control: document.body });

  it('is own when the header icon is an "Edit audience" button, anywhere', () => {
    html(post('1', 'ana', `<div role="button" aria-label="Edit audience">${icon('Shared with Public')}</div>`));
    const reading = readOwnPost(document.getElementById('p1')!, document, null);
    expect(reading).toMatchObject({ own: true, audience: 'public', key: '/ana/posts/1' });
    expect(reading?.editButton?.getAttribute('aria-label')).toBe('Edit audience');
    // The marker goes right after the button.
    expect(reading?.anchor.before).toBe(reading?.editButton?.nextSibling ?? null);
  });

  it('is own on the own profile when its author is the profile, without a button', () => {
    html(post('2', 'ana', `<span>${icon('Shared with Public')}</span>`));
    expect(readOwnPost(document.getElementById('p2')!, document, owner('/ana'))).toMatchObject({ own: true, audience: 'public' });
    expect(readOwnPost(document.getElementById('p2')!, document, null)).toMatchObject({ own: false });
  });

  it("is not own: someone else's post on the own profile", () => {
    html(post('3', 'joao', `<span>${icon('Shared with Public')}</span>`));
    expect(readOwnPost(document.getElementById('p3')!, document, owner('/ana'))).toMatchObject({ own: false });
  });

  it('keeps a reading while its icon is unchanged, and not once the icon is replaced', () => {
    html(post('4', 'ana', `<div role="button" aria-label="Edit audience">${icon('Shared with Public')}</div>`));
    const root = document.getElementById('p4')!;
    const reading = readOwnPost(root, document, null)!;
    root.querySelector('p')!.textContent = 'edited text';
    expect(stillValid(root, reading)).toBe(true);
    root.querySelector('[aria-label="Edit audience"]')!.replaceChildren(document.createElement('span'));
    expect(stillValid(root, reading)).toBe(false);
  });

  it('finds "Edit profile" outside posts only', () => {
    html(`<div role="main"><div role="button"><span>Edit profile</span></div></div>`);
    expect(findEditProfile(document, document)).not.toBeNull();
    html(`<div role="article"><div role="button"><span>Edit profile</span></div></div><div role="button"><span>Add friend</span></div>`);
    expect(findEditProfile(document, document)).toBeNull();
  });
});
