import { describe, it, expect, vi } from 'vitest';
import { createInstagramAdapter } from './index';
import type { SiteContext } from '../site';
import type { ContentToBackground } from '../../lib/messages';

const SHARE = `<div role="dialog"><div class="card"><div class="header"><h1>Create new post</h1><div role="button">Share</div></div><div class="body"></div></div></div>`;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

function setup(opts: { lang?: string; answer?: () => Promise<Response>; cookies?: string; path?: string } = {}) {
  const doc = document.implementation.createHTMLDocument('Instagram');
  doc.documentElement.setAttribute('lang', opts.lang ?? 'en');
  Object.defineProperty(doc, 'location', { value: { pathname: opts.path ?? '/' } });
  const fetchFn = vi.fn(opts.answer ?? (async () => json({ user: { is_private: false } })));
  const sent: ContentToBackground[] = [];
  let reply: (m: ContentToBackground) => unknown = () => ({ ok: true });
  const ctx: SiteContext = {
    rescan: vi.fn(),
    signal: new AbortController().signal,
    send: async (m) => (sent.push(m), reply(m)),
  };
  const adapter = createInstagramAdapter({ doc: () => doc, cookies: () => opts.cookies ?? 'ds_user_id=1; csrftoken=t', fetch: fetchFn as unknown as typeof fetch });
  const open = () => {
    doc.body.innerHTML = SHARE;
    return doc.querySelector('[role=dialog]') as Element;
  };
  return { doc, adapter, ctx, fetchFn, sent, open, setReply: (r: typeof reply) => (reply = r) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the Instagram adapter', () => {
  it('reads the account once at start and warns "public" in the Create dialog', async () => {
    const { adapter, ctx, doc, open, fetchFn } = setup();
    adapter.start?.(ctx);
    const root = open();
    await settle();
    expect(ctx.rescan).toHaveBeenCalled();
    const [composer] = adapter.findComposers(doc);
    expect(composer).toMatchObject({ root, kind: 'account', audience: 'public', canMakePrivate: true });
    expect(adapter.pageAudience?.()).toBe('public');
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('shows nothing while the first read is pending, then the answer', async () => {
    let release: (r: Response) => void = () => undefined;
    const { adapter, ctx, doc, open } = setup({ answer: () => new Promise((r) => (release = r)) });
    adapter.start?.(ctx);
    open();
    expect(adapter.findComposers(doc)).toEqual([]);
    release(json({ user: { is_private: true } }));
    await settle();
    expect(adapter.findComposers(doc)[0]?.audience).toBe('private');
  });

  it('does not ask again when a dialog opens while the cache is fresh', async () => {
    const { adapter, ctx, doc, open, fetchFn } = setup();
    adapter.start?.(ctx);
    await settle();
    for (let i = 0; i < 3; i++) {
      open();
      adapter.findComposers(doc);
      adapter.findComposers(doc);
    }
    expect(fetchFn).toHaveBeenCalledTimes(1);
  });

  it('is "unknown" in a language it has no labels for, but never hides a private account', async () => {
    const { adapter, ctx, doc } = setup({ lang: 'ja' });
    adapter.start?.(ctx);
    doc.body.innerHTML = '<div role="dialog"><h1>新規投稿を作成</h1><input type="file" accept="image/png"></div>';
    await settle();
    expect(adapter.findComposers(doc)[0]).toMatchObject({ audience: 'unknown', canMakePrivate: false });
    expect(adapter.pageAudience?.()).toBe('unknown');
  });

  it('is "unknown" when logged out, and asks nothing', async () => {
    const { adapter, ctx, doc, open, fetchFn } = setup({ cookies: 'csrftoken=t' });
    adapter.start?.(ctx);
    open();
    await settle();
    expect(adapter.findComposers(doc)[0]?.audience).toBe('unknown');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('makePrivate opens the settings tab through the background and resolves on its result', async () => {
    const { adapter, ctx, doc, open, sent } = setup();
    adapter.start?.(ctx);
    open();
    await settle();
    const [composer] = adapter.findComposers(doc);
    const result = adapter.makePrivate(composer!, new AbortController().signal);
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'content:instagram-open-privacy' });
    await adapter.onMessage?.({ type: 'background:instagram-privacy-result', ok: true });
    expect(await result).toEqual({ ok: true, audience: 'private' });
    expect(adapter.findComposers(doc)[0]?.audience).toBe('private');
  });

  it('makePrivate reports a failure with the by-hand sentence, and the account stays public', async () => {
    const { adapter, ctx, doc, open } = setup();
    adapter.start?.(ctx);
    open();
    await settle();
    const result = adapter.makePrivate(adapter.findComposers(doc)[0]!, new AbortController().signal);
    await settle();
    await adapter.onMessage?.({ type: 'background:instagram-privacy-result', ok: false, messageKey: 'errorInstagramSettingsTab' });
    expect(await result).toMatchObject({ ok: false, messageKey: 'errorInstagramSettingsTab' });
    expect(adapter.findComposers(doc)[0]?.audience).toBe('public');
  });

  it('makePrivate fails cleanly when the background cannot open the tab, or when aborted', async () => {
    const { adapter, ctx, doc, open, setReply } = setup();
    adapter.start?.(ctx);
    open();
    await settle();
    setReply(() => ({ ok: false, messageKey: 'errorInstagramByHand' }));
    expect(await adapter.makePrivate(adapter.findComposers(doc)[0]!, new AbortController().signal)).toMatchObject({ ok: false, messageKey: 'errorInstagramByHand' });
    setReply(() => ({ ok: true }));
    const controller = new AbortController();
    const pending = adapter.makePrivate(adapter.findComposers(doc)[0]!, controller.signal);
    controller.abort();
    expect(await pending).toMatchObject({ ok: false });
  });

  it('on a settings page nobody asked for, claims nothing and touches nothing', async () => {
    const { adapter, ctx, doc, sent, setReply } = setup({ path: '/accounts/privacy_setting/' });
    doc.body.innerHTML = '<main><span>Private account</span><input type="checkbox"></main>';
    setReply(() => ({ granted: false }));
    adapter.start?.(ctx);
    await settle();
    expect(sent).toEqual([{ type: 'content:instagram-claim-privacy' }]);
    expect((doc.querySelector('input') as HTMLInputElement).checked).toBe(false);
    expect(doc.querySelector('[data-audience-guard]')).toBeNull();
  });

  it('on a served page that is not available, asks for the next path, and says where the switch is when none is left', async () => {
    const { adapter, ctx, doc, sent, setReply } = setup({ path: '/accounts/who_can_see_your_content/' });
    doc.body.innerHTML = "<main><h2>Sorry, this page isn't available.</h2></main>";
    setReply((m) => (m.type === 'content:instagram-claim-privacy' ? { granted: true } : m.type === 'content:instagram-privacy-unavailable' ? { next: false } : { ok: true }));
    adapter.start?.(ctx);
    for (let i = 0; i < 5; i++) await settle();
    expect(sent.map((m) => m.type)).toEqual(['content:instagram-claim-privacy', 'content:instagram-privacy-unavailable']);
    const note = doc.querySelector('[data-audience-guard="settings-note"]');
    expect(note?.getAttribute('data-state')).toBe('error');
    expect(note?.shadowRoot?.querySelector('p')?.textContent).toContain('could not find');
  });

  it('the background can make a tab that landed elsewhere say where the switch is', async () => {
    const { adapter, doc } = setup({ path: '/' });
    await adapter.onMessage?.({ type: 'background:instagram-settings-not-found' });
    expect(doc.querySelector('[data-audience-guard="settings-note"]')?.getAttribute('data-state')).toBe('error');
  });
});
