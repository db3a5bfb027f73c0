import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controller } from './controller';
import type { Audience, Composer, SiteAdapter, SwitchResult } from '../sites/site';
import { SETTINGS_KEY, updateSettings, withSite } from '../lib/settings';

/** A site whose composers are `<section data-composer data-audience=...>` elements. */
function fakeSite(makePrivate: () => Promise<SwitchResult> = async () => ({ ok: true, audience: 'friends' })): SiteAdapter {
  return {
    site: 'facebook',
    words: { publicKey: 'warningPublicFacebook', unknownKey: 'warningUnknownFacebook', doneKey: 'warningDoneFacebook', makePrivateKey: 'actionSwitchToFriends', dismissKey: 'actionPostAnyway' },
    observedAttributes: ['data-audience'],
    containers: { selector: 'section[data-composer]', attribute: 'data-composer' },
    findComposers(doc, containers = doc.querySelectorAll('section[data-composer]')) {
      return [...containers].map(
        (root): Composer => ({
          root,
          kind: 'post',
          audience: (root.getAttribute('data-audience') ?? 'unknown') as Audience,
          anchor: { parent: root, before: null },
          canMakePrivate: true,
        }),
      );
    },
    isDark: () => false,
    makePrivate: vi.fn(makePrivate),
  };
}

const hosts = () => document.querySelectorAll('[data-audience-guard="warning"]');
const composer = (audience: string) => {
  const el = document.createElement('section');
  el.setAttribute('data-composer', '');
  el.setAttribute('data-audience', audience);
  document.body.append(el);
  return el;
};

let controller: Controller | null = null;
afterEach(async () => {
  controller?.teardown();
  controller = null;
  document.body.replaceChildren();
  await (globalThis as unknown as { chrome: { storage: { sync: { remove(k: string): Promise<void> } } } }).chrome.storage.sync.remove(SETTINGS_KEY);
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function start(site = fakeSite()) {
  controller = new Controller(site, document);
  await controller.start();
  return controller;
}

describe('the content controller', () => {
  it('warns when the audience is Public, with the contract attributes', async () => {
    const root = composer('public');
    const c = await start();
    c.reconcile();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(root.contains(host)).toBe(true);
    expect(host.getAttribute('data-site')).toBe('facebook');
    expect(host.getAttribute('data-audience')).toBe('public');
    expect(host.getAttribute('data-state')).toBe('warning');
    expect(host.shadowRoot?.querySelector('[data-action="make-private"]')).not.toBeNull();
    expect(host.shadowRoot?.querySelector('[data-action="dismiss"]')).not.toBeNull();
  });

  it('says "unknown" out loud when the audience cannot be read', async () => {
    composer('unknown');
    const c = await start();
    c.reconcile();
    expect(hosts()[0]?.getAttribute('data-audience')).toBe('unknown');
    expect(hosts()[0]?.shadowRoot?.querySelector('[data-action="dismiss"]')).not.toBeNull();
  });

  it('follows the audience: no host for Friends, back for Public', async () => {
    const root = composer('public');
    const c = await start();
    c.reconcile();
    root.setAttribute('data-audience', 'friends');
    c.reconcile();
    expect(hosts()).toHaveLength(0);
    root.setAttribute('data-audience', 'public');
    c.reconcile();
    expect(hosts()).toHaveLength(1);
  });

  it('keeps exactly one host when the page removes it, re-inserting the same element', async () => {
    composer('public');
    const c = await start();
    c.reconcile();
    const first = hosts()[0]!;
    first.remove();
    c.reconcile();
    c.reconcile();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).toBe(first);
  });

  it('one host per composer, never shared', async () => {
    const a = composer('public');
    const b = composer('public');
    const c = await start();
    c.reconcile();
    expect(hosts()).toHaveLength(2);
    expect(a.querySelectorAll('[data-audience-guard]')).toHaveLength(1);
    expect(b.querySelectorAll('[data-audience-guard]')).toHaveLength(1);
  });

  it('ignores scripted (untrusted) clicks on its buttons', async () => {
    composer('public');
    const site = fakeSite();
    const c = await start(site);
    c.reconcile();
    const shadow = hosts()[0]!.shadowRoot!;
    (shadow.querySelector('[data-action="make-private"]') as HTMLElement).click();
    (shadow.querySelector('[data-action="dismiss"]') as HTMLElement).click();
    c.reconcile();
    expect(site.makePrivate).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('data-state')).toBe('warning');
  });

  it('removes hosts of composers that closed', async () => {
    const root = composer('public');
    const c = await start();
    c.reconcile();
    root.remove();
    c.reconcile();
    expect(hosts()).toHaveLength(0);
  });

  it('removes leftover hosts of an older copy of itself on start', async () => {
    const root = composer('public');
    const stale = document.createElement('div');
    stale.setAttribute('data-audience-guard', 'warning');
    root.append(stale);
    const c = await start();
    c.reconcile();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).not.toBe(stale);
  });

  it('tears down completely: hosts removed, no more work', async () => {
    const root = composer('public');
    const c = await start();
    c.reconcile();
    c.teardown();
    expect(hosts()).toHaveLength(0);
    root.setAttribute('data-audience', 'unknown');
    await new Promise((r) => setTimeout(r, 20));
    expect(hosts()).toHaveLength(0);
  });

  it('switches through the popup request: switching, then done with the new audience', async () => {
    composer('public');
    let finish!: (r: SwitchResult) => void;
    const site = fakeSite(() => new Promise((r) => (finish = r)));
    const c = await start(site);
    c.reconcile();
    const pending = c.makePrivateFromPopup();
    expect(hosts()[0]!.getAttribute('data-state')).toBe('switching');
    expect(c.status().canMakePrivate).toBe(false);
    finish({ ok: true, audience: 'friends' });
    await expect(pending).resolves.toEqual({ ok: true, audience: 'friends' });
    expect(hosts()[0]!.getAttribute('data-state')).toBe('done');
    expect(hosts()[0]!.getAttribute('data-audience')).toBe('friends');
  });

  it('a failed switch shows the error with what to do by hand, and logs one line', async () => {
    composer('public');
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const c = await start(fakeSite(async () => ({ ok: false, messageKey: 'errorFacebookNoFriends', diagnostic: 'no Friends row' })));
    c.reconcile();
    await c.makePrivateFromPopup();
    const host = hosts()[0]!;
    expect(host.getAttribute('data-state')).toBe('error');
    expect(host.shadowRoot?.textContent).toContain('offers no Friends audience');
    expect(info).toHaveBeenCalledTimes(1);
    expect(String(info.mock.calls[0]?.[0])).toContain('no Friends row');
    info.mockRestore();
  });

  it('reports the open composer to the popup, and "none" without one', async () => {
    const c = await start();
    c.reconcile();
    expect(c.status()).toMatchObject({ site: 'facebook', audience: 'none', canMakePrivate: false });
    composer('public');
    c.reconcile();
    expect(c.status()).toMatchObject({ audience: 'public', canMakePrivate: true, state: 'warning' });
  });

  it('reads the composers again only when something inside them changed', async () => {
    const site = fakeSite();
    const find = vi.spyOn(site, 'findComposers');
    const root = composer('public');
    const feed = document.createElement('div');
    document.body.append(feed);
    const c = await start(site);
    c.reconcile();
    const reads = find.mock.calls.length;
    // The rest of the page churns: no new reading, the warning stays.
    feed.append(document.createElement('article'));
    feed.setAttribute('data-audience', 'x');
    c.reconcile();
    expect(find.mock.calls.length).toBe(reads);
    expect(hosts()).toHaveLength(1);
    // The composer's audience changes: read again, the warning goes.
    root.setAttribute('data-audience', 'friends');
    c.reconcile();
    expect(find.mock.calls.length).toBe(reads + 1);
    expect(hosts()).toHaveLength(0);
  });

  it('stops its DOM watcher while its site is switched off, and starts it again when switched on', async () => {
    const site = fakeSite();
    const find = vi.spyOn(site, 'findComposers');
    const c = await start(site);
    expect(c.watching).toBe(true);
    await updateSettings((s) => withSite(s, 'facebook', { enabled: false }));
    expect(c.watching).toBe(false);
    const reads = find.mock.calls.length;
    // The page changes while the site is off: nothing is read, nothing is shown.
    composer('public');
    await frame();
    await frame();
    c.reconcile();
    expect(find.mock.calls.length).toBe(reads);
    expect(hosts()).toHaveLength(0);
    expect(c.status()).toMatchObject({ enabled: false, audience: 'none', state: null });
    await updateSettings((s) => withSite(s, 'facebook', { enabled: true }));
    expect(c.watching).toBe(true);
    expect(hosts()).toHaveLength(1);
    // Watching again: a change of the page is seen on the next frame.
    composer('public');
    await frame();
    await frame();
    expect(hosts()).toHaveLength(2);
  });

  it('gives every composer host data-kind="post"', async () => {
    composer('public');
    const c = await start();
    c.reconcile();
    expect(hosts()[0]?.getAttribute('data-kind')).toBe('post');
  });
});
