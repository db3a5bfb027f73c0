import { describe, it, expect, vi } from 'vitest';
import { findPrivateSwitch, pageSaysNotAvailable, readSettingsPage, showSettingsNote, switchAccountToPrivate, switchIsOn, type DriverDeps } from './settings-page';
import { LEXICON } from './lexicon';
import type { AccountPrivacy } from './account-privacy';
import type { FinishedRequest, RequestWatch } from './page-request';

// The row as it is built (docs/MARKUP.md "Making the account private", medium) and the older variants.
const ROWS = {
  aria: '<div class="x1"><div><span>Private account</span></div><div><input type="checkbox" role="switch" aria-label="Private account" aria-checked="false" class="x2"></div></div>',
  input: '<div class="x1"><div><span>Private account</span></div><div><div><input type="checkbox" role="switch" class="x2"></div></div></div>',
  div: '<div class="x1"><span>Private account</span><div role="switch" aria-checked="false"><span aria-checked="false"></span></div></div>',
  label: '<label class="x1"><div><span>Private account</span><p>When your account is public…</p></div><input type="checkbox"></label>',
  labelFor: '<div><label for="priv">Private account</label></div><div><input id="priv" type="checkbox"></div>',
};

function page(rows: string, lang = 'en', path = '/accounts/who_can_see_your_content/'): Document {
  const doc = document.implementation.createHTMLDocument('Account privacy');
  doc.documentElement.setAttribute('lang', lang);
  Object.defineProperty(doc, 'location', { value: { pathname: path } });
  doc.body.innerHTML = `<nav><a>Home</a><input type="checkbox" aria-label="unrelated"><div role="switch" aria-label="Activity status" aria-checked="true"></div></nav><main><h2>Account privacy</h2>${rows}</main>`;
  return doc;
}

/** A request watch the test finishes by hand, as the page's set_private would. */
function fakeWatch() {
  let finish: (r: FinishedRequest) => void = () => undefined;
  const finished = new Promise<FinishedRequest>((resolve) => (finish = resolve));
  const stop = vi.fn();
  return { watch: { finished, stop } satisfies RequestWatch, finish: (status: number | null) => finish({ status }), stop };
}

/**
 * A settings page that behaves like the site: the switch asks, the dialog confirms, the page
 * flips its switch at once (optimistic) and sends set_private, whose answer decides what the
 * API says afterwards.
 */
function liveSettings(doc: Document, opts: { confirm?: boolean; status?: number; send?: boolean } = {}) {
  let isPrivate = false;
  const watch = fakeWatch();
  const control = findPrivateSwitch(doc, LEXICON.en) as HTMLInputElement;
  const apply = () => {
    control.checked = true;
    control.setAttribute('aria-checked', 'true');
    if (opts.send === false) return;
    setTimeout(() => {
      const status = opts.status ?? 200;
      if (status < 400) isPrivate = true;
      watch.finish(status);
    }, 10);
  };
  control.addEventListener('click', () => {
    control.checked = isPrivate; // a controlled input: the page decides
    if (opts.confirm === false) return apply();
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<h3>Switch to private account?</h3><button>Switch to private</button><button>Cancel</button>';
    dialog.querySelector('button')?.addEventListener('click', () => {
      dialog.remove();
      apply();
    });
    setTimeout(() => doc.body.append(dialog), 20);
  });
  const verify = vi.fn(async (): Promise<AccountPrivacy> => (isPrivate ? 'private' : 'public'));
  const deps: DriverDeps = { verify, watchRequest: () => watch.watch };
  return { deps, verify, stop: watch.stop };
}

const signal = () => new AbortController().signal;

describe('the privacy settings driver', () => {
  it.each(Object.entries(ROWS))('finds the "Private account" switch (%s markup)', (_name, rows) => {
    const doc = page(rows);
    const control = findPrivateSwitch(doc, LEXICON.en);
    expect(control).not.toBeNull();
    expect(control?.getAttribute('aria-label')).not.toBe('unrelated');
    expect(control?.getAttribute('aria-label')).not.toBe('Activity status');
    expect(switchIsOn(control as Element)).toBe(false);
  });

  it('finds the switch by its accessible name alone, in the page language', () => {
    const doc = page('<div><input type="checkbox" role="switch" aria-label="Conta privada" aria-checked="false"></div>', 'pt-BR');
    expect(findPrivateSwitch(doc, LEXICON.pt)?.getAttribute('aria-label')).toBe('Conta privada');
    expect(findPrivateSwitch(doc, LEXICON.en)).toBeNull();
  });

  it('reads aria-checked before checked', () => {
    const el = page('<input type="checkbox" role="switch" aria-label="Private account" aria-checked="true">').querySelector('main input') as HTMLInputElement;
    expect(el.checked).toBe(false);
    expect(switchIsOn(el)).toBe(true);
    el.removeAttribute('aria-checked');
    expect(switchIsOn(el)).toBe(false);
  });

  it('finds no switch when the row is ambiguous or absent', () => {
    expect(findPrivateSwitch(page('<div><span>Private account</span><input type="checkbox"><input type="checkbox"></div>'), LEXICON.en)).toBeNull();
    expect(findPrivateSwitch(page('<div><span>Activity status</span><input type="checkbox"></div>'), LEXICON.en)).toBeNull();
  });

  it.each(['aria', 'input', 'div', 'label'] as const)('turns the switch on, confirms, waits for the page request and verifies (%s)', async (name) => {
    const doc = page(ROWS[name]);
    const { deps, verify, stop } = liveSettings(doc);
    expect(await switchAccountToPrivate(doc, LEXICON.en, deps, signal())).toEqual({ ok: true });
    expect(switchIsOn(findPrivateSwitch(doc, LEXICON.en) as Element)).toBe(true);
    // One read of the API, after the page's own request finished; the watch is stopped.
    expect(verify).toHaveBeenCalledTimes(1);
    expect(stop).toHaveBeenCalled();
  });

  it('a page without a confirmation: its request finishing is the signal', async () => {
    const doc = page(ROWS.aria);
    const { deps } = liveSettings(doc, { confirm: false });
    expect(await switchAccountToPrivate(doc, LEXICON.en, deps, signal())).toEqual({ ok: true });
  });

  it('a page that flips its switch while its request is refused ends in an error that says so', async () => {
    const doc = page(ROWS.aria);
    const { deps } = liveSettings(doc, { status: 403 });
    const result = await switchAccountToPrivate(doc, LEXICON.en, deps, signal());
    expect(result).toEqual({ ok: false, reason: 'refused', diagnostic: 'Instagram refused the change: set_private answered 403' });
    // The page's own switch says on: only the API was believed.
    expect(switchIsOn(findPrivateSwitch(doc, LEXICON.en) as Element)).toBe(true);
  });

  it('when no request is seen, the API alone decides (never the page)', async () => {
    const doc = page(ROWS.aria);
    const { deps, verify } = liveSettings(doc, { send: false });
    const result = await switchAccountToPrivate(doc, LEXICON.en, { ...deps, requestWaitMs: 50 }, signal());
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('does not click anything when already private, only verifies', async () => {
    const doc = page(ROWS.input);
    const control = findPrivateSwitch(doc, LEXICON.en) as HTMLInputElement;
    control.checked = true;
    const click = vi.fn();
    control.addEventListener('click', click);
    const deps: DriverDeps = { verify: async () => 'private', watchRequest: () => fakeWatch().watch };
    expect(await switchAccountToPrivate(doc, LEXICON.en, deps, signal())).toEqual({ ok: true });
    expect(click).not.toHaveBeenCalled();
  });

  it('says "not available" for Instagram\'s page for a path it does not serve, in any language it is sourced in', async () => {
    const sorry = '<div><h2>Sorry, this page isn\'t available.</h2><p>The link you followed may be broken, or the page may have been removed.</p></div>';
    expect(pageSaysNotAvailable(page(sorry))).toBe(true);
    expect(pageSaysNotAvailable(page('<h2>このページはご利用いただけません。</h2>', 'ja'))).toBe(true);
    expect(pageSaysNotAvailable(page('<h2>Diese Seite ist leider nicht verfügbar.</h2>', 'de'))).toBe(true);
    expect(pageSaysNotAvailable(page('<h2>Cette page n’est malheureusement pas disponible.</h2>', 'fr'))).toBe(true);
    expect(pageSaysNotAvailable(page('<h2>Desculpe, esta página não está disponível.</h2>', 'pt-BR'))).toBe(true);
    expect(pageSaysNotAvailable(page('<p>Nothing is unavailable here.</p>'))).toBe(false);
    expect(pageSaysNotAvailable(page(ROWS.aria))).toBe(false);
    const deps: DriverDeps = { verify: async () => 'public', watchRequest: () => fakeWatch().watch };
    expect(await switchAccountToPrivate(page(sorry), LEXICON.en, deps, signal())).toMatchObject({ ok: false, reason: 'unavailable' });
    // A language without labels can still be told "not available".
    expect(await switchAccountToPrivate(page('<h2>このページはご利用いただけません。</h2>', 'ja'), null, deps, signal())).toMatchObject({ reason: 'unavailable' });
  });

  it('waits for the page to render, waking on its mutations', async () => {
    const doc = page('');
    const pending = switchAccountToPrivate(doc, LEXICON.en, { verify: async () => 'public', watchRequest: () => fakeWatch().watch }, signal());
    setTimeout(() => doc.querySelector('main')?.insertAdjacentHTML('beforeend', "<h2>Sorry, this page isn't available.</h2>"), 30);
    expect(await pending).toMatchObject({ reason: 'unavailable' });
  });

  it('says the tab is elsewhere when it is not on a privacy path', () => {
    expect(readSettingsPage(page(ROWS.aria, 'en', '/accounts/login/'), LEXICON.en)).toMatchObject({ kind: 'unavailable' });
    expect(readSettingsPage(page(ROWS.aria, 'en', '/accounts/privacy_setting'), LEXICON.en)).toMatchObject({ kind: 'switch' });
  });

  it('refuses an unknown language', async () => {
    const deps: DriverDeps = { verify: async () => 'private', watchRequest: () => fakeWatch().watch };
    expect(await switchAccountToPrivate(page(ROWS.input, 'ja'), null, deps, signal())).toEqual({ ok: false, reason: 'failed', diagnostic: 'page language has no labels' });
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const deps: DriverDeps = { verify: async () => 'private', watchRequest: () => fakeWatch().watch };
    expect((await switchAccountToPrivate(page('<main></main>'), LEXICON.en, deps, controller.signal)).ok).toBe(false);
  });

  it('keeps one note on the page, in its own shadow root', () => {
    const doc = page(ROWS.input);
    showSettingsNote(doc, 'switching');
    showSettingsNote(doc, 'error');
    const notes = doc.querySelectorAll('[data-audience-guard="settings-note"]');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.getAttribute('data-state')).toBe('error');
    expect(notes[0]?.shadowRoot?.textContent).toContain('Private account');
  });
});
