import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThisTab, statusLine, tone } from './ThisTab';
import type { PopupStatus } from './tab-status';
import type { TabStatus } from '../lib/messages';

const fb: TabStatus = { site: 'facebook', audience: 'public', canMakePrivate: true, state: 'warning', muted: false, enabled: true };
let root: HTMLElement;

function show(status: PopupStatus, extra: Partial<Parameters<typeof ThisTab>[0]> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const handlers = { onMakePrivate: vi.fn(), onUnmute: vi.fn(), onEnable: vi.fn() };
  render(<ThisTab status={status} busy={false} outcome={null} {...handlers} {...extra} />, root);
  return { el: root.querySelector('[data-testid="tab-status"]') as HTMLElement, handlers };
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ThisTab', () => {
  it('carries the contract hooks and offers the switch for a public Facebook composer', () => {
    const { el, handlers } = show(fb);
    expect(el.dataset.site).toBe('facebook');
    expect(el.dataset.audience).toBe('public');
    expect(el.textContent).toContain('The post you are writing will be public.');
    (el.querySelector('[data-action="make-private"]') as HTMLButtonElement).click();
    expect(handlers.onMakePrivate).toHaveBeenCalledOnce();
  });

  it('reports an unsupported tab as none/none, with no switch', () => {
    const { el } = show({ site: 'none', audience: 'none' });
    expect(el.dataset.site).toBe('none');
    expect(el.dataset.audience).toBe('none');
    expect(el.querySelector('[data-action="make-private"]')).toBeNull();
    expect(el.textContent).toContain('Facebook and Instagram');
  });

  it('offers no switch when the content script says it cannot act', () => {
    const { el } = show({ ...fb, audience: 'friends', canMakePrivate: false, state: null });
    expect(el.querySelector('[data-action="make-private"]')).toBeNull();
    expect(el.textContent).toContain('not public');
  });

  it('shows a muted site as muted, with the undo', () => {
    const { el, handlers } = show({ ...fb, muted: true, state: null });
    expect(el.querySelector('[data-testid="muted"]')).not.toBeNull();
    (el.querySelector('[data-action="unmute"]') as HTMLButtonElement).click();
    expect(handlers.onUnmute).toHaveBeenCalledOnce();
  });

  it('shows a switched-off site with the way to turn it back on', () => {
    const { el, handlers } = show({ ...fb, enabled: false, audience: 'none', canMakePrivate: false, state: null });
    expect(el.textContent).toContain('switched off');
    (el.querySelector('[data-action="enable-site"]') as HTMLButtonElement).click();
    expect(handlers.onEnable).toHaveBeenCalledOnce();
  });

  it('keeps the button, disabled, while the switch runs, and then shows the outcome', () => {
    let { el } = show({ ...fb, canMakePrivate: false, state: 'switching' }, { busy: true });
    const button = el.querySelector('[data-action="make-private"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Switching…');
    render(null, root);
    root.remove();
    ({ el } = show({ ...fb, audience: 'friends', canMakePrivate: false, state: 'done' }, { outcome: { ok: true, audience: 'friends' } }));
    expect(el.querySelector('[data-testid="switch-outcome"]')?.textContent).toBe('Done: this post is now for Friends.');
  });

  it('says what to do by hand when the switch failed', () => {
    const { el } = show(fb, { outcome: { ok: false, messageKey: 'errorFacebookByHand' } });
    const outcome = el.querySelector('[data-testid="switch-outcome"]') as HTMLElement;
    expect(outcome.dataset.ok).toBe('false');
    expect(outcome.textContent).toContain('choose Friends');
  });
});

describe('statusLine and tone', () => {
  it.each<[PopupStatus, string, ReturnType<typeof tone>]>([
    [{ ...fb, site: 'instagram' }, 'Your Instagram account is public', 'public'],
    [{ ...fb, site: 'instagram', audience: 'private' }, 'account is private', 'safe'],
    [{ ...fb, site: 'instagram', audience: 'unknown' }, 'cannot tell', 'unknown'],
    [{ ...fb, audience: 'none' }, 'No post being written', 'neutral'],
    [{ ...fb, audience: 'unknown' }, 'cannot read who will see', 'unknown'],
    [{ ...fb, audience: 'only-me' }, 'not public', 'safe'],
    [{ ...fb, audience: 'none', state: null, comment: 'public' }, 'The comment you are writing will be public', 'public'],
    [{ ...fb, site: 'instagram', audience: 'private', state: null, comment: 'public' }, 'The comment you are writing will be public', 'public'],
    // A public composer's warning comes first: it has the switch.
    [{ ...fb, comment: 'public' }, 'post you are writing will be public', 'public'],
  ])('%#', (status, text, expectedTone) => {
    expect(statusLine(status)).toContain(text);
    expect(tone(status)).toBe(expectedTone);
  });
});

describe('ThisTab, a comment about to go public', () => {
  it('says so in words, carries data-comment, and offers no switch', () => {
    const { el } = show({ ...fb, audience: 'none', state: null, canMakePrivate: false, comment: 'public' });
    expect(el.getAttribute('data-comment')).toBe('public');
    expect(el.getAttribute('data-audience')).toBe('none');
    expect(el.textContent).toContain('The comment you are writing will be public');
    expect(el.querySelector('[data-action="make-private"]')).toBeNull();
  });
});
