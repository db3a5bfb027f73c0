import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorOf, COMMENT_BOX, createInstagramComments, PROFILE_API_PATH } from './comments';

const TEXTAREA = '<form method="POST"><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea></form>';

function mount(html: string): void {
  document.body.innerHTML = html; // test fixture: constant markup
}
afterEach(() => document.body.replaceChildren());

const answer = (isPrivate: unknown, status = 200) =>
  new Response(JSON.stringify({ data: { user: { is_private: isPrivate } }, status: 'ok' }), { status });

function support(fetch: (input: string, init: RequestInit) => Promise<Response>, own: 'public' | 'private' | null = 'public') {
  return createInstagramComments({ cookies: () => 'csrftoken=tok; ds_user_id=1', fetch, ownPrivacy: () => own });
}

describe('Instagram comment boxes (docs/MARKUP.md "Comments")', () => {
  it('the box selector matches the textarea and the contenteditable box, not the caption box', () => {
    mount(`${TEXTAREA}<div contenteditable="true" role="textbox" aria-label="Add a comment…"></div><div contenteditable="true" role="textbox" aria-label="Write a caption..."></div>`);
    const matched = [...document.querySelectorAll(COMMENT_BOX)].map((el) => el.localName);
    expect(matched).toEqual(['textarea', 'div']);
  });
  it('the author is the first profile link in the header, not a location or a post link', () => {
    mount('<article><header><a href="/explore/locations/1/x/">Lisbon</a><a href="/nasa/">nasa</a></header><a href="/p/abc/">post</a></article>');
    expect(authorOf(document.querySelector('article')!)).toBe('nasa');
    mount('<article><a href="/p/abc/">post</a></article>');
    expect(authorOf(document.querySelector('article')!)).toBeNull();
  });
  it('asks the API once per author, with the web app\'s headers, and warns for a public author', async () => {
    mount(`<article><header><a href="/nasa/">nasa</a></header>${TEXTAREA}</article><article><header><a href="/nasa/">nasa</a></header>${TEXTAREA}</article>`);
    const fetch = vi.fn(async () => answer(false));
    const comments = support(fetch);
    const [a, b] = [...document.querySelectorAll('textarea')];
    expect(await comments.verdict(comments.find(a!, document)!, document)).toEqual({ audience: 'public', messageKey: 'commentWarningInstagram' });
    expect(await comments.verdict(comments.find(b!, document)!, document)).toEqual({ audience: 'public', messageKey: 'commentWarningInstagram' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${PROFILE_API_PATH}nasa`);
    expect(init.headers).toMatchObject({ 'X-IG-App-ID': '936619743392459', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRFToken': 'tok' });
  });
  it('says the comment is public anyway when the person\'s own account is private', async () => {
    mount(`<article><header><a href="/nasa/">nasa</a></header>${TEXTAREA}</article>`);
    const comments = support(async () => answer(false), 'private');
    const target = comments.find(document.querySelector('textarea')!, document)!;
    expect(await comments.verdict(target, document)).toEqual({ audience: 'public', messageKey: 'commentWarningInstagramOwnPrivate' });
  });
  it('a private author is not public; a failed or odd answer is unknown, never a guess', async () => {
    mount(`<article><header><a href="/quiet/">quiet</a></header>${TEXTAREA}</article>`);
    const target = () => document.querySelector('textarea')!;
    const c1 = support(async () => answer(true));
    expect(await c1.verdict(c1.find(target(), document)!, document)).toEqual({ audience: 'not-public' });
    const c2 = support(async () => answer(false, 500));
    expect(await c2.verdict(c2.find(target(), document)!, document)).toEqual({ audience: 'unknown' });
    const c3 = support(async () => answer('no'));
    expect(await c3.verdict(c3.find(target(), document)!, document)).toEqual({ audience: 'unknown' });
    const c4 = support(async () => Promise.reject(new Error('offline')));
    expect(await c4.verdict(c4.find(target(), document)!, document)).toEqual({ audience: 'unknown' });
  });
});
