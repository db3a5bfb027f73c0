import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElementIndex } from './element-index';

const DIALOGS = { selector: '[role="dialog"]', attribute: 'role' };

/** An index fed by a real MutationObserver on the document, as the watcher feeds it. */
function setup() {
  const index = createElementIndex(DIALOGS);
  const observer = new MutationObserver((records) => records.forEach((r) => index.note(r)));
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  /** Delivers pending records, then reads. */
  const read = () => {
    observer.takeRecords().forEach((r) => index.note(r));
    return index.read(document).containers;
  };
  /** Whether anything changed since the last read (a read itself). */
  const changed = () => {
    observer.takeRecords().forEach((r) => index.note(r));
    return index.read(document).changed;
  };
  return { index, observer, read, changed };
}

const dialog = (label: string) => {
  const el = document.createElement('div');
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-label', label);
  return el;
};
const labels = (els: Element[]) => els.map((e) => e.getAttribute('aria-label'));

let observer: MutationObserver | null = null;
afterEach(() => {
  observer?.disconnect();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the container index', () => {
  it('starts from one query of the whole document', () => {
    document.body.append(dialog('a'));
    const t = setup();
    observer = t.observer;
    expect(labels(t.read())).toEqual(['a']);
  });

  it('finds a dialog added later, alone or deep inside an added subtree, without querying the document', () => {
    const t = setup();
    observer = t.observer;
    t.read();
    const spy = vi.spyOn(document, 'querySelectorAll');
    document.body.append(dialog('alone'));
    const layer = document.createElement('div');
    layer.append(document.createElement('span'), Object.assign(document.createElement('div'), {}));
    layer.lastElementChild!.append(dialog('deep'));
    document.body.append(layer);
    expect(labels(t.read())).toEqual(['alone', 'deep']);
    expect(spy).not.toHaveBeenCalled();
  });

  it('drops a dialog removed from the page, and one that lost its role', () => {
    const a = dialog('a');
    const b = dialog('b');
    document.body.append(a, b);
    const t = setup();
    observer = t.observer;
    expect(t.read()).toHaveLength(2);
    a.remove();
    b.removeAttribute('role');
    expect(t.read()).toEqual([]);
  });

  it('sees an element that became a dialog by its attribute', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const t = setup();
    observer = t.observer;
    expect(t.read()).toEqual([]);
    el.setAttribute('role', 'dialog');
    expect(t.read()).toEqual([el]);
  });

  it('keeps a dialog moved elsewhere, once', () => {
    const a = dialog('a');
    document.body.append(a);
    const t = setup();
    observer = t.observer;
    t.read();
    const other = document.createElement('section');
    document.body.append(other);
    other.append(a);
    expect(t.read()).toEqual([a]);
  });

  it('ignores a node added and removed again between two reads', () => {
    const t = setup();
    observer = t.observer;
    t.read();
    const d = dialog('gone');
    document.body.append(d);
    d.remove();
    expect(t.read()).toEqual([]);
  });

  it('falls back to one document query after a storm of additions', () => {
    const t = setup();
    observer = t.observer;
    t.read();
    for (let i = 0; i < 600; i++) document.body.append(document.createElement('p'));
    document.body.append(dialog('after the storm'));
    const spy = vi.spyOn(document, 'querySelectorAll');
    expect(labels(t.read())).toEqual(['after the storm']);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('tells whether anything inside a container changed, and ignores the rest of the page', () => {
    const d = dialog('composer');
    const button = document.createElement('div');
    button.setAttribute('aria-label', 'Public');
    const textbox = document.createElement('div');
    textbox.setAttribute('contenteditable', 'true');
    d.append(button, textbox);
    const feed = document.createElement('div');
    feed.append(document.createElement('article'));
    document.body.append(feed, d);
    const index = createElementIndex({ ...DIALOGS, ignoreInside: '[contenteditable="true"]' });
    const mo = new MutationObserver((records) => records.forEach((r) => index.note(r)));
    observer = mo;
    mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const changed = () => {
      mo.takeRecords().forEach((r) => index.note(r));
      return index.read(document).changed;
    };
    expect(changed()).toBe(true); // the first read
    expect(changed()).toBe(false);
    // The feed churns: posts added, attributes and text changed.
    feed.append(document.createElement('article'));
    feed.firstElementChild!.setAttribute('aria-label', 'x');
    feed.firstElementChild!.textContent = 'new text';
    expect(changed()).toBe(false);
    // The person types: text inside the text box.
    textbox.append(document.createElement('p'));
    textbox.firstElementChild!.textContent = 'hello';
    expect(changed()).toBe(false);
    // The audience button changes.
    button.setAttribute('aria-label', 'Friends');
    expect(changed()).toBe(true);
    button.textContent = 'Friends';
    expect(changed()).toBe(true);
    // An ancestor's attribute (the page's language, a layer hidden).
    expect(changed()).toBe(false);
    document.documentElement.setAttribute('lang', 'de');
    expect(changed()).toBe(true);
    document.documentElement.removeAttribute('lang');
    changed();
    // The container goes, and comes back elsewhere.
    d.remove();
    expect(changed()).toBe(true);
    feed.append(d);
    expect(changed()).toBe(true);
    expect(changed()).toBe(false);
  });

  it('a slide ending inside a container marks it changed; one outside does not', () => {
    const t = setup();
    observer = t.observer;
    const d = dialog('Create post');
    const panel = document.createElement('div');
    d.append(panel);
    document.body.append(d);
    t.read();
    expect(t.changed()).toBe(false);
    const outside = document.createElement('p');
    document.body.append(outside);
    t.changed();
    expect(t.index.touch(outside)).toBe(false);
    expect(t.changed()).toBe(false);
    expect(t.index.touch(panel)).toBe(true);
    expect(t.changed()).toBe(true);
  });
});

describe('what a record says about the next read (the watcher queues a pass only when one may differ)', () => {
  it('wants a read for elements coming or going and for changes inside a container, not for text elsewhere', () => {
    const index = createElementIndex(DIALOGS);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-label'] });
    const wants = () => observer.takeRecords().map((r) => index.note(r));
    const feed = document.createElement('p');
    feed.textContent = '1m';
    const d = dialog('Create post');
    const inside = document.createElement('span');
    inside.textContent = 'Public';
    d.append(inside);
    document.body.append(feed, d);
    index.read(document);
    wants();
    index.read(document);
    // A timestamp outside every dialog: nothing the next read could see.
    (feed.firstChild as Text).data = '2m';
    feed.textContent = '3m';
    const text = wants();
    expect(text.length).toBeGreaterThan(1);
    expect(text.every((w) => !w)).toBe(true);
    // Text inside the dialog (the audience button's name): wanted.
    (inside.firstChild as Text).data = 'Friends';
    observer.takeRecords().forEach((r) => expect(index.note(r)).toBe(true));
    index.read(document);
    // An element added anywhere (it may hold a dialog), or removed (it may have been one): wanted.
    document.body.append(document.createElement('div'));
    expect(wants()).toContain(true);
    index.read(document);
    feed.remove();
    expect(wants()).toContain(true);
    observer.disconnect();
  });
});
