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
