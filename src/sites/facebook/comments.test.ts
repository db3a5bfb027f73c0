import { afterEach, describe, expect, it } from 'vitest';
import { findCommentBox, commentVerdict } from './comments';

const BOX = '<div contenteditable="true" role="textbox" aria-label="Comment as Ana Souza"><p><br></p></div>';
const PUBLIC = '<svg title="Shared with Public"><title>Shared with Public</title></svg>';

function mount(html: string): void {
  document.body.innerHTML = html; // test fixture: constant markup
}
const box = (n = 0) => document.querySelectorAll('[role="textbox"]')[n]!;

afterEach(() => document.body.replaceChildren());

describe('Facebook comment boxes (docs/MARKUP.md: a textbox in a form in a post container)', () => {
  it('finds a box in a form in a feed post, its host above the form', () => {
    mount(`<div aria-posinset="1">${PUBLIC}<div class="area"><div class="list"></div><form>${BOX}</form></div></div>`);
    const found = findCommentBox(box(), document)!;
    expect(found.post.getAttribute('aria-posinset')).toBe('1');
    expect(found.anchor.parent.className).toBe('area');
    expect(found.anchor.before).toBe(document.querySelector('form'));
    expect(commentVerdict(found, document)).toEqual({ audience: 'public', messageKey: 'commentWarningFacebook' });
  });
  it('must not match a text box outside a form (a composer\'s), nor outside any post', () => {
    mount(`<div role="article">${PUBLIC}${BOX}</div><form>${BOX}</form>`);
    expect(findCommentBox(box(0), document)).toBeNull();
    expect(findCommentBox(box(1), document)).toBeNull();
  });
  it('a reply box inside a comment (itself an article) belongs to the post around it', () => {
    mount(`<div role="article" id="post">${PUBLIC}<div role="article" aria-label="Comment by Inês"><form>${BOX}</form></div></div>`);
    const found = findCommentBox(box(), document)!;
    expect(found.post.id).toBe('post');
    expect(commentVerdict(found, document).audience).toBe('public');
  });
  it('a friends post is not public, a post without an icon is unknown', () => {
    mount(`<div role="article"><svg title="Shared with Ana's friends"></svg><form>${BOX}</form></div><div role="article"><form>${BOX}</form></div>`);
    expect(commentVerdict(findCommentBox(box(0), document)!, document)).toEqual({ audience: 'not-public' });
    expect(commentVerdict(findCommentBox(box(1), document)!, document)).toEqual({ audience: 'unknown' });
  });
});
