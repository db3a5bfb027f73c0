import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller } from './controller';
import { commentWarnings } from './comment-warnings';
import type { CommentSupport, CommentVerdict, SiteAdapter } from '../sites/site';
import { SETTINGS_KEY, updateSettings, withSite } from '../lib/settings';

/** A site whose posts are `<section data-post data-public=...>` holding `<form><textarea>`. */
function fakeSite(verdict?: (post: Element) => CommentVerdict | Promise<CommentVerdict>): { site: SiteAdapter; asked: ReturnType<typeof vi.fn> } {
  const asked = vi.fn((post: Element) => verdict?.(post) ?? { audience: post.getAttribute('data-public') === 'yes' ? 'public' : 'not-public', messageKey: 'commentWarningFacebook' });
  const comments: CommentSupport = {
    boxSelector: 'textarea',
    find(el) {
      const post = el.closest('section[data-post]');
      const form = el.closest('form');
      return post && form?.parentElement ? { box: el, post, anchor: { parent: form.parentElement, before: form } } : null;
    },
    isEmpty: (box) => (box as HTMLTextAreaElement).value.trim() === '',
    verdict: (target) => asked(target.post) as CommentVerdict,
  };
  const site: SiteAdapter = {
    site: 'facebook',
    words: { publicKey: 'warningPublicFacebook', unknownKey: 'warningUnknownFacebook', doneKey: 'warningDoneFacebook', makePrivateKey: 'actionSwitchToFriends', dismissKey: 'actionPostAnyway' },
    observedAttributes: [],
    containers: { selector: '[role="dialog"]', attribute: 'role' },
    findComposers: () => [],
    isDark: () => false,
    makePrivate: async () => ({ ok: false, messageKey: 'errorGeneric', diagnostic: '' }),
    comments,
  };
  return { site, asked };
}

function post(isPublic: boolean): { section: HTMLElement; box: HTMLTextAreaElement } {
  const section = document.createElement('section');
  section.setAttribute('data-post', '');
  section.setAttribute('data-public', isPublic ? 'yes' : 'no');
  const form = document.createElement('form');
  const box = document.createElement('textarea');
  form.append(box);
  section.append(form);
  document.body.append(section);
  return { section, box };
}
const hosts = (scope: ParentNode = document) => scope.querySelectorAll('[data-audience-guard="warning"][data-kind="comment"]');

let controller: Controller | null = null;
afterEach(async () => {
  controller?.teardown();
  controller = null;
  document.body.replaceChildren();
  await (globalThis as unknown as { chrome: { storage: { sync: { remove(k: string): Promise<void> } } } }).chrome.storage.sync.remove(SETTINGS_KEY);
});
async function start(site: SiteAdapter) {
  controller = new Controller(site, document, [commentWarnings]);
  await controller.start();
  return controller;
}

describe('comment warnings', () => {
  it('reads nothing until a box is focused; then one host next to it, in the same task', async () => {
    const { site, asked } = fakeSite();
    const a = post(true);
    post(true);
    const c = await start(site);
    c.reconcile();
    expect(asked).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    a.box.focus();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(hosts(a.section)).toHaveLength(1);
    expect(hosts()[0]!.nextElementSibling?.localName).toBe('form');
    expect(hosts()[0]!.getAttribute('data-audience')).toBe('public');
    expect(c.status().comment).toBe('public');
  });

  it('a box under a post that is not public gets nothing', async () => {
    const { site } = fakeSite();
    const b = post(false);
    const c = await start(site);
    b.box.focus();
    c.reconcile();
    expect(hosts()).toHaveLength(0);
    expect(c.status().comment).toBeUndefined();
  });

  it('unknown stays quiet', async () => {
    const { site } = fakeSite(() => ({ audience: 'unknown' }));
    const a = post(true);
    await start(site);
    a.box.focus();
    expect(hosts()).toHaveLength(0);
  });

  it('left empty the host goes; left with text it stays', async () => {
    const { site } = fakeSite();
    const a = post(true);
    const b = post(true);
    const c = await start(site);
    a.box.focus();
    a.box.blur();
    c.reconcile();
    expect(hosts()).toHaveLength(0);
    b.box.focus();
    b.box.value = 'hello';
    b.box.dispatchEvent(new Event('input', { bubbles: true }));
    b.box.blur();
    c.reconcile();
    expect(hosts(b.section)).toHaveLength(1);
    // Emptied by the site (sent), without a keystroke: the host goes.
    b.box.value = '';
    c.reconcile();
    expect(hosts()).toHaveLength(0);
  });

  it('one host per box when the page removes it: the same element is put back', async () => {
    const { site } = fakeSite();
    const a = post(true);
    const c = await start(site);
    a.box.focus();
    const first = hosts()[0]!;
    first.remove();
    c.reconcile();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).toBe(first);
  });

  it('asks an async site once per focus and shows the host when it answers', async () => {
    let answer!: (v: CommentVerdict) => void;
    const { site } = fakeSite(() => new Promise((r) => (answer = r)));
    const a = post(true);
    await start(site);
    a.box.focus();
    expect(hosts()).toHaveLength(0);
    answer({ audience: 'public', messageKey: 'commentWarningInstagram' });
    await Promise.resolve();
    await Promise.resolve();
    expect(hosts(a.section)).toHaveLength(1);
  });

  it('"Warn on comments" off: no listener, no reading, no host; on again: warns', async () => {
    const { site, asked } = fakeSite();
    const a = post(true);
    const c = await start(site);
    await updateSettings((s) => withSite(s, 'facebook', { warnOnComments: false }));
    a.box.focus();
    c.reconcile();
    expect(asked).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    a.box.blur();
    await updateSettings((s) => withSite(s, 'facebook', { warnOnComments: true }));
    a.box.focus();
    expect(hosts()).toHaveLength(1);
  });

  it('the site switched off removes the hosts and stops listening', async () => {
    const { site, asked } = fakeSite();
    const a = post(true);
    const b = post(true);
    await start(site);
    a.box.focus();
    a.box.value = 'x';
    a.box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(hosts()).toHaveLength(1);
    await updateSettings((s) => withSite(s, 'facebook', { enabled: false }));
    expect(hosts()).toHaveLength(0);
    b.box.focus();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(0);
    // Switched on again: listening again.
    b.box.blur();
    await updateSettings((s) => withSite(s, 'facebook', { enabled: true }));
    b.box.focus();
    expect(asked).toHaveBeenCalledTimes(2);
    expect(hosts(b.section)).toHaveLength(1);
  });
});
