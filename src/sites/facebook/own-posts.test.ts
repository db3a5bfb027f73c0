import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

beforeEach(() => {
  document.documentElement.lang = 'en';
});
afterEach(() => {
  document.body.replaceChildren();
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

  it('reads its own header only: a comment\'s icon is not the post\'s, a dialog holding the post as an article is not a second post', () => {
    html(`<div role="article" id="outer"><p>No icon here</p><div role="article">${icon('Shared with Public')}</div></div>`);
    expect(readOwnPost(document.getElementById('outer')!, document, null)).toBeNull();
    html(`<div role="dialog" id="d">${post('5', 'ana', `<div role="button" aria-label="Edit audience">${icon('Shared with Public')}</div>`)}</div>`);
    expect(readOwnPost(document.getElementById('d')!, document, null)).toBeNull();
    expect(readOwnPost(document.getElementById('p5')!, document, null)).toMatchObject({ own: true, audience: 'public' });
  });

  it('reads the detailed audience, unknown for a frame naming no known audience', () => {
    html(post('6', 'ana', `<div role="button" aria-label="Edit audience">${icon("Shared with Ana's friends")}</div>`));
    expect(readOwnPost(document.getElementById('p6')!, document, null)).toMatchObject({ own: true, audience: 'friends' });
    html(post('7', 'ana', `<div role="button" aria-label="Edit audience">${icon('Shared with Work people')}</div>`));
    expect(readOwnPost(document.getElementById('p7')!, document, null)).toMatchObject({ own: true, audience: 'unknown' });
    document.documentElement.lang = 'de';
    html(post('8', 'ana', `<div role="button" aria-label="Zielgruppe bearbeiten">${icon('mit Öffentlich geteilt')}</div>`));
    expect(readOwnPost(document.getElementById('p8')!, document, null)).toMatchObject({ audience: 'public' });
  });

  it('reads nothing in a UI language without own-post words', () => {
    document.documentElement.lang = 'fi';
    html(post('9', 'ana', `<span>${icon('Shared with Public')}</span>`));
    expect(readOwnPost(document.getElementById('p9')!, document, owner('/ana'))).toBeNull();
  });

  it('drops a reading once the icon\'s title changes in place', () => {
    html(post('10', 'ana', `<div role="button" aria-label="Edit audience">${icon('Shared with Public')}</div>`));
    const root = document.getElementById('p10')!;
    const reading = readOwnPost(root, document, null)!;
    reading.icon.setAttribute('title', "Shared with Ana's friends");
    expect(stillValid(root, reading)).toBe(false);
  });

  it('finds "Edit profile" outside posts only', () => {
    html(`<div role="main"><div role="button"><span>Edit profile</span></div></div>`);
    expect(findEditProfile(document, document)).not.toBeNull();
    html(`<div role="article"><div role="button"><span>Edit profile</span></div></div><div role="button"><span>Add friend</span></div>`);
    expect(findEditProfile(document, document)).toBeNull();
  });
});
