// The batch over the person's own public posts (docs/CONTRACT.md "Your own public posts"):
// one post at a time with progress, Pause / Resume / Stop that touch no other post,
// failures counted and left unchanged, a list of what changed at the end; the popup on the
// tab can start it too.
import type { Page } from '@playwright/test';
import { test, expect } from './extension-test';
import { MARKER, OWN_PUBLIC, post, profileState, profileUrl } from './own-posts-helpers';

const BATCH = '[data-audience-guard="batch"]';

function batch(page: Page) {
  return page.locator(BATCH);
}

/** The other posts of the fixture's profile: Friends, someone else's, Only me. */
const UNTOUCHED = { '102': 'friends', '104': 'public', '105': 'only-me' };

test.describe('the batch: every own public post on the page to Friends', () => {
  test('does them all, one at a time, with progress, the current post highlighted, and a list of what changed', async ({ page }) => {
    await page.goto(profileUrl());
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length);
    await batch(page).locator('[data-action="make-all-private"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'running');
    await expect(batch(page)).toHaveAttribute('data-total', String(OWN_PUBLIC.length));
    // The post in flight is highlighted; never two at once.
    await expect(page.locator(`${MARKER}[data-current="true"]`)).toHaveCount(1);
    await expect(batch(page).getByText(/Making post 1 of 4 Friends/)).toBeVisible();
    // Visible above the site's dialogs: the point at its centre is the bar.
    const onTop = await batch(page).evaluate((host) => {
      const r = host.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === host;
    });
    expect(onTop).toBe(true);
    await expect(batch(page)).toHaveAttribute('data-done', '1', { timeout: 15_000 });
    await expect(batch(page)).toHaveAttribute('data-state', 'finished', { timeout: 30_000 });
    await expect(batch(page)).toHaveAttribute('data-done', String(OWN_PUBLIC.length));
    await expect(batch(page)).toHaveAttribute('data-failed', '0');
    const state = await profileState(page);
    for (const id of OWN_PUBLIC) expect(state.audiences[id]).toBe('friends');
    for (const [id, audience] of Object.entries(UNTOUCHED)) expect(state.audiences[id]).toBe(audience);
    // One at a time, in page order, and never anything but Friends.
    expect(state.saves.map((s) => s.id)).toEqual(OWN_PUBLIC);
    expect(state.saves.every((s) => s.audience === 'friends')).toBe(true);
    expect(state.destructive).toEqual([]);
    // The list links each changed post.
    const links = batch(page).locator('[data-list="done"] a');
    await expect(links).toHaveCount(OWN_PUBLIC.length);
    await expect(links.first()).toHaveAttribute('href', 'https://www.facebook.com/ana.lima/posts/101');
    // Finished stays until the person closes it.
    await batch(page).locator('[data-action="close"]').click();
    await expect(batch(page)).toHaveCount(0);
  });

  test('pauses after the post in flight, resumes, and stops at once, touching no other post', async ({ page, settled }) => {
    await page.goto(profileUrl());
    await batch(page).locator('[data-action="make-all-private"]').click();
    await expect(page.locator(`${MARKER}[data-current="true"]`)).toHaveCount(1);
    await batch(page).locator('[data-action="pause"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'paused');
    // The post in flight finishes; then nothing is scheduled while paused.
    await expect(post(page, '101').locator(MARKER)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(batch(page)).toHaveAttribute('data-done', '1');
    const paused = await settled(page);
    expect(paused.ownPosts).toMatchObject({ batch: { state: 'paused', done: 1, failed: 0, total: 4, waiting: false } });
    expect((await profileState(page)).saves.map((s) => s.id)).toEqual(['101']);
    await expect(post(page, '103').locator(MARKER)).toHaveAttribute('data-state', 'marked');

    await batch(page).locator('[data-action="resume"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'running');
    await expect(batch(page)).toHaveAttribute('data-done', '2', { timeout: 15_000 });
    // Between two posts: Stop ends the run at once.
    await batch(page).locator('[data-action="stop"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'stopped');
    const stopped = await settled(page);
    expect(stopped.ownPosts).toMatchObject({ batch: { state: 'stopped', done: 2, failed: 0 } });
    const state = await profileState(page);
    expect(state.saves.map((s) => s.id)).toEqual(['101', '103']);
    expect(state.audiences['106']).toBe('public');
    expect(state.audiences['107']).toBe('public');
    await expect(post(page, '106').locator(MARKER)).toHaveAttribute('data-state', 'marked');
    await expect(batch(page).locator('[data-list="done"] a')).toHaveCount(2);
    // Stopped stays, and offers the rest again.
    await expect(batch(page).locator('[data-action="make-all-private"]')).toBeVisible();
  });

  test('reports a failure, leaves that post Public with its marker in error, and goes on', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { failsave: '103' }));
    await batch(page).locator('[data-action="make-all-private"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'finished', { timeout: 45_000 });
    await expect(batch(page)).toHaveAttribute('data-done', '3');
    await expect(batch(page)).toHaveAttribute('data-failed', '1');
    await expect(post(page, '103').locator(MARKER)).toHaveAttribute('data-state', 'error');
    await expect(post(page, '103').locator(MARKER)).toHaveAttribute('data-audience', 'public');
    const state = await profileState(page);
    expect(state.audiences['103']).toBe('public');
    expect(state.destructive).toEqual([]);
    await expect(batch(page).locator('[data-list="failed"] a')).toHaveAttribute('href', 'https://www.facebook.com/ana.lima/posts/103');
  });

  test('the popup on the tab starts it, and links Facebook\'s own "Limit who can see past posts"', async ({ page, openPopup }) => {
    await page.goto(profileUrl());
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length);
    const popup = await openPopup(page);
    const card = popup.locator('[data-testid="own-posts"]');
    await expect(card).toHaveAttribute('data-marked', String(OWN_PUBLIC.length));
    await expect(card.locator('[data-link="limit-past-posts"]')).toHaveAttribute('href', 'https://www.facebook.com/settings/?tab=posts');
    await card.locator('[data-action="make-all-private"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'running');
    await expect(batch(page)).toHaveAttribute('data-total', String(OWN_PUBLIC.length));
    await expect(card.getByText(/Changing your posts on the page/)).toBeVisible();
    await batch(page).locator('[data-action="stop"]').click();
    await expect(batch(page)).toHaveAttribute('data-state', 'stopped');
  });
});
