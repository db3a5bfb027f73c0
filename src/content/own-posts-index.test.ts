import { afterEach, describe, expect, it } from 'vitest';
import { createPostIndex } from './own-posts-index';

const SELECTOR = { selector: '[role="article"]', attribute: 'role' };

/** Feeds the index what a MutationObserver on the document records. */
function watched(index: ReturnType<typeof createPostIndex>) {
  const observer = new MutationObserver((records) => records.forEach((r) => index.note(r)));
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['role'] });
  return () => observer.takeRecords().forEach((r) => index.note(r));
}

function article(text: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'article');
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('the post index', () => {
  it('reads every post first, then only the posts something happened in', () => {
    const a = article('a');
    const b = article('b');
    document.body.append(a, b);
    const index = createPostIndex(SELECTOR);
    const take = watched(index);
    expect([...index.read(document).dirty]).toEqual([a, b]);
    take();
    expect(index.read(document).dirty.size).toBe(0);
    b.querySelector('p')!.firstChild!.nodeValue = 'b2';
    take();
    expect([...index.read(document).dirty]).toEqual([b]);
  });

  it('sees posts added (inside a wrapper) and removed', () => {
    const a = article('a');
    document.body.append(a);
    const index = createPostIndex(SELECTOR);
    const take = watched(index);
    index.read(document);
    const wrapper = document.createElement('div');
    const c = article('c');
    wrapper.append(c);
    document.body.append(wrapper);
    a.remove();
    take();
    const reading = index.read(document);
    expect([...reading.dirty]).toEqual([c]);
    expect(reading.removed).toEqual([a]);
    expect([...reading.posts]).toEqual([c]);
    // The wrapper is outside any post: where an "Edit profile" control could have come.
    expect(reading.outside).toEqual([wrapper]);
  });
});

describe('the post index and text', () => {
  const WITH_TITLES = { ...SELECTOR, textHolders: ['title'] };

  /** A post whose header icon names its audience by a `<title>`, as Facebook's does. */
  function titledArticle(text: string) {
    const a = article(text);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = 'Shared with Public';
    svg.append(title);
    a.append(svg);
    return { a, svg, title };
  }

  it('a text change marks its post changed only where the reading reads text (<title>)', () => {
    const { a, title } = titledArticle('3h');
    document.body.append(a);
    const index = createPostIndex(WITH_TITLES);
    const take = watched(index);
    index.read(document);
    // A timestamp rewritten (characterData) and a counter replaced (text children): nothing to read.
    a.querySelector('p')!.firstChild!.nodeValue = '4h';
    a.querySelector('p')!.textContent = '5h';
    take();
    expect(index.read(document).dirty.size).toBe(0);
    // The icon's title, as data and as replaced text: the post is read again.
    (title.firstChild as Text).data = "Shared with Ana's friends";
    take();
    expect([...index.read(document).dirty]).toEqual([a]);
    title.textContent = 'Shared with Only me';
    take();
    expect([...index.read(document).dirty]).toEqual([a]);
  });

  it('without textHolders every text change counts', () => {
    const a = article('3h');
    document.body.append(a);
    const index = createPostIndex(SELECTOR);
    const take = watched(index);
    index.read(document);
    a.querySelector('p')!.textContent = '5h';
    take();
    expect([...index.read(document).dirty]).toEqual([a]);
  });

  it('tells whether an element left the page since it was last asked (text leaving does not count)', () => {
    const a = article('a');
    const b = article('b');
    document.body.append(a, b);
    const index = createPostIndex(WITH_TITLES);
    const take = watched(index);
    index.read(document);
    expect(index.takeRemoved()).toBe(true); // first ask: nothing known before
    expect(index.takeRemoved()).toBe(false);
    a.querySelector('p')!.textContent = 'a2';
    take();
    expect(index.takeRemoved()).toBe(false);
    b.querySelector('p')!.remove();
    take();
    expect(index.takeRemoved()).toBe(true);
    expect(index.takeRemoved()).toBe(false);
  });

  it('wants a pass only for the records that can change a reading', () => {
    const { a, svg, title } = titledArticle('3h');
    const outside = document.createElement('p');
    outside.textContent = 'sidebar';
    document.body.append(a, outside);
    const index = createPostIndex(WITH_TITLES);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-label'] });
    const wants = () => observer.takeRecords().map((r) => index.note(r));
    index.read(document);
    a.querySelector('p')!.textContent = '4h';
    outside.setAttribute('aria-label', 'x');
    (outside.firstChild as Text).data = 'sidebar 2';
    expect(wants().every((w) => !w)).toBe(true);
    (title.firstChild as Text).data = "Shared with Ana's friends";
    expect(wants()).toEqual([true]);
    svg.setAttribute('aria-label', 'icon');
    expect(wants()).toEqual([true]);
    a.append(document.createElement('span'));
    expect(wants()).toContain(true);
    observer.disconnect();
  });
});
