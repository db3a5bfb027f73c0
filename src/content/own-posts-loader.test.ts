import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOwnPostsOnSight } from './own-posts-loader';
import { facebookOwnControls } from '../sites/facebook/own-posts-controls';
import { POSTS } from '../sites/facebook/own-posts';
import type { FeatureContext } from './feature';

const sent: unknown[] = [];
vi.mock('../lib/ext', () => ({
  ext: () => ({ runtime: { sendMessage: (m: unknown) => (sent.push(m), Promise.resolve({ ok: true })) } }),
}));

function feature() {
  const ctx = { doc: document } as unknown as FeatureContext;
  const f = loadOwnPostsOnSight(facebookOwnControls)(ctx);
  if (!f) throw new Error('no feature');
  return f;
}
const added = (node: Node) => ({ type: 'childList', addedNodes: [node], target: document.body }) as unknown as MutationRecord;

afterEach(() => {
  sent.length = 0;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('loading the own-posts feature on sight', () => {
  it('asks once, when an added subtree holds an "Edit audience" button', async () => {
    document.documentElement.lang = 'en';
    const f = feature();
    f.start(new AbortController().signal);
    f.reconcile();
    expect(sent).toEqual([]);
    const post = document.createElement('div');
    post.innerHTML = '<div role="button" aria-label="Edit audience"><i></i></div>';
    document.body.append(post);
    f.note?.(added(post));
    f.reconcile();
    f.note?.(added(post));
    f.reconcile();
    await Promise.resolve();
    expect(sent).toEqual([{ type: 'content:load-script', script: 'own-posts' }]);
  });

  it('finds "Edit profile" as a button\'s text on the first full read, in the page\'s language', () => {
    document.documentElement.lang = 'de';
    document.body.innerHTML = '<div role="button"><span>Profil bearbeiten</span></div>';
    const f = feature();
    f.start(new AbortController().signal);
    f.reconcile();
    expect(sent).toEqual([{ type: 'content:load-script', script: 'own-posts' }]);
  });

  it('asks nothing on a page with only someone else\'s posts', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div role="article"><div role="button" aria-label="Actions for this post"></div><a href="/x">Add friend</a></div>';
    const f = feature();
    f.start(new AbortController().signal);
    f.reconcile();
    expect(sent).toEqual([]);
  });

  it('has the watcher observe, from the start, the attribute the own-posts index reads', () => {
    expect(facebookOwnControls.attributes).toContain(POSTS.attribute);
  });
});
