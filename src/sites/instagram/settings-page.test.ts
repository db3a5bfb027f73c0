import { describe, it, expect, vi } from 'vitest';
import { findPrivateSwitch, showSettingsNote, switchAccountToPrivate, switchIsOn } from './settings-page';
import { LEXICON } from './lexicon';
import type { AccountPrivacy } from './account-privacy';

const ROWS = {
  input: '<div class="x1"><div><span>Private account</span></div><div><div><input type="checkbox" role="switch" class="x2"></div></div></div>',
  div: '<div class="x1"><span>Private account</span><div role="switch" aria-checked="false"><span aria-checked="false"></span></div></div>',
  label: '<label class="x1"><div><span>Private account</span><p>When your account is public…</p></div><input type="checkbox"></label>',
  labelFor: '<div><label for="priv">Private account</label></div><div><input id="priv" type="checkbox"></div>',
};

function page(rows: string, lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('Account privacy');
  doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = `<nav><a>Home</a><input type="checkbox" aria-label="unrelated"></nav><main><h2>Account privacy</h2>${rows}</main>`;
  return doc;
}

/** A settings page that behaves like the fixture: the switch asks, the dialog confirms. */
function liveSettings(doc: Document, opts: { confirm?: boolean; apply?: boolean } = {}) {
  let isPrivate = false;
  const control = findPrivateSwitch(doc, LEXICON.en) as HTMLInputElement;
  control.addEventListener('click', () => {
    control.checked = isPrivate; // a controlled input: the page decides
    if (opts.confirm === false) return;
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<h3>Switch to private account?</h3><button>Switch to private</button><button>Cancel</button>';
    dialog.querySelector('button')?.addEventListener('click', () => {
      dialog.remove();
      if (opts.apply === false) return;
      isPrivate = true;
      control.checked = true;
    });
    setTimeout(() => doc.body.append(dialog), 20);
  });
  return { verify: async (): Promise<AccountPrivacy> => (isPrivate ? 'private' : 'public') };
}

describe('the privacy settings driver', () => {
  it.each(Object.entries(ROWS))('finds the "Private account" switch (%s markup)', (_name, rows) => {
    const doc = page(rows);
    const control = findPrivateSwitch(doc, LEXICON.en);
    expect(control).not.toBeNull();
    expect(control?.getAttribute('aria-label')).not.toBe('unrelated');
    expect(switchIsOn(control as Element)).toBe(false);
  });

  it('finds no switch when the row is ambiguous or absent', () => {
    expect(findPrivateSwitch(page('<div><span>Private account</span><input type="checkbox"><input type="checkbox"></div>'), LEXICON.en)).toBeNull();
    expect(findPrivateSwitch(page('<div><span>Activity status</span><input type="checkbox"></div>'), LEXICON.en)).toBeNull();
  });

  it('turns the switch on, confirms "Switch to private" and verifies through the API', async () => {
    const doc = page(ROWS.input);
    const { verify } = liveSettings(doc);
    const result = await switchAccountToPrivate(doc, LEXICON.en, verify, new AbortController().signal);
    expect(result).toEqual({ ok: true });
    expect((findPrivateSwitch(doc, LEXICON.en) as HTMLInputElement).checked).toBe(true);
  });

  it('fails when the API does not confirm, leaving the page as it is', async () => {
    const doc = page(ROWS.input);
    const { verify } = liveSettings(doc, { apply: false });
    const result = await switchAccountToPrivate(doc, LEXICON.en, verify, new AbortController().signal);
    expect(result.ok).toBe(false);
  }, 10_000);

  it('does not click anything when already private, only verifies', async () => {
    const doc = page(ROWS.input);
    const control = findPrivateSwitch(doc, LEXICON.en) as HTMLInputElement;
    control.checked = true;
    const click = vi.fn();
    control.addEventListener('click', click);
    const result = await switchAccountToPrivate(doc, LEXICON.en, async () => 'private', new AbortController().signal);
    expect(result).toEqual({ ok: true });
    expect(click).not.toHaveBeenCalled();
  });

  it('refuses an unknown language', async () => {
    const result = await switchAccountToPrivate(page(ROWS.input, 'ja'), null, async () => 'private', new AbortController().signal);
    expect(result).toEqual({ ok: false, diagnostic: 'page language has no labels' });
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await switchAccountToPrivate(page('<main></main>'), LEXICON.en, async () => 'private', controller.signal);
    expect(result.ok).toBe(false);
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
