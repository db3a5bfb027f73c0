// The person's own public posts on Facebook (docs/CONTRACT.md "Your own public posts"):
// marked (only their own, only Public), one post made Friends through its own "Edit
// audience" control and verified by its header, failures leave the post as it was, and
// nothing is marked on someone else's profile.
import type { Page } from '@playwright/test';
import { test, expect } from './extension-test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MARKER, OWN_PUBLIC, post, profileState, profileUrl } from './own-posts-helpers';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

test.describe('own public posts are marked', () => {
  test('only the own posts whose header says Public get a marker, each one next to its audience icon', async ({ page, settled }) => {
    await page.goto(profileUrl());
    for (const id of OWN_PUBLIC) {
      const marker = post(page, id).locator(MARKER);
      await expect(marker).toHaveCount(1);
      await expect(marker).toHaveAttribute('data-audience', 'public');
      await expect(marker).toHaveAttribute('data-state', 'marked');
      await expect(marker).toBeVisible();
      await expect(marker.getByText(en.ownPostPublic!.message)).toBeVisible();
      await expect(marker.locator('[data-action="make-private"]')).toBeVisible();
    }
    await settled(page);
    // Friends, Only me, someone else's public post on the timeline, and the comments: nothing.
    for (const id of ['102', '104', '105']) await expect(post(page, id).locator(MARKER)).toHaveCount(0);
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length);
    // Looking never opens a menu.
    expect((await profileState(page)).menuOpens).toBe(0);
    // The batch bar offers them all.
    const batch = page.locator('[data-audience-guard="batch"]');
    await expect(batch.locator('[data-action="make-all-private"]')).toBeVisible();
  });

  test('nothing is marked on someone else\'s profile, not even the person\'s own post there without an Edit audience control', async ({ page, settled }) => {
    await page.goto(profileUrl('/joao.silva'));
    await expect(post(page, '201')).toBeVisible();
    await settled(page);
    await expect(page.locator('[data-audience-guard="marker"]')).toHaveCount(0);
    await expect(page.locator('[data-audience-guard="batch"]')).toHaveCount(0);
  });

  test('every own public post loaded is marked, not only those on screen (300 posts)', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { posts: 300 }));
    // posts=N: i % 5 in {0, 2} own public → 120 of 300.
    await expect(page.locator(MARKER)).toHaveCount(120);
    await expect(post(page, '1298').locator(MARKER)).toHaveCount(0);
    await expect(post(page, '1297').locator(MARKER)).toHaveCount(1);
  });
});

test.describe('one post to Friends', () => {
  async function makeFriends(page: Page, id: string) {
    const marker = post(page, id).locator(MARKER);
    await marker.locator('[data-action="make-private"]').click();
    return marker;
  }

  for (const rows of ['label', 'radio'] as const) {
    test(`through the header's Edit audience button, rows as ${rows === 'label' ? '<label> + radio' : 'div[role=radio]'}: verified by the header`, async ({ page }) => {
      await page.goto(profileUrl('/ana.lima', { rows }));
      const marker = await makeFriends(page, '101');
      await expect(marker).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      await expect(marker).toHaveAttribute('data-audience', 'friends');
      const state = await profileState(page);
      expect(state.audiences['101']).toBe('friends');
      expect(state.saves).toEqual([{ id: '101', audience: 'friends' }]);
      expect(state.destructive).toEqual([]);
      await expect(post(page, '101').locator('svg[title]')).toHaveAttribute('title', "Shared with Ana's friends");
      await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    });
  }

  test('through the "…" menu\'s Edit audience when the header has no button, with a slow menu', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { slowmenu: 1500 }));
    const marker = await makeFriends(page, '103');
    await expect(marker).toHaveAttribute('data-state', 'switching');
    await expect(marker).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    const state = await profileState(page);
    expect(state.audiences['103']).toBe('friends');
    expect(state.menuOpens).toBe(1);
    expect(state.destructive).toEqual([]);
    await expect(page.locator('[role="menu"]')).toHaveCount(0);
  });

  test('a post re-rendered while its chooser is open still ends verified, with one marker', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { rerender: '106' }));
    const marker = await makeFriends(page, '106');
    await expect(post(page, '106').locator(MARKER)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(post(page, '106').locator(MARKER)).toHaveCount(1);
    await expect(page.locator(MARKER + '[data-state="done"]')).toHaveCount(1);
    expect((await profileState(page)).audiences['106']).toBe('friends');
    void marker;
  });

  test('a save that fails leaves the post Public and the marker says what to do by hand', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { failsave: '101' }));
    const marker = await makeFriends(page, '101');
    await expect(marker).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    await expect(marker).toHaveAttribute('data-audience', 'public');
    await expect(marker.getByText(en.errorOwnPostNotSaved!.message)).toBeVisible();
    const state = await profileState(page);
    expect(state.audiences['101']).toBe('public');
    expect(state.destructive).toEqual([]);
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });

  test('a chooser without Friends: nothing else is chosen, the chooser is closed, the post stays Public', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { nofriends: 1 }));
    const marker = await makeFriends(page, '101');
    await expect(marker).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    await expect(marker.getByText(en.errorOwnPostNoFriends!.message)).toBeVisible();
    const state = await profileState(page);
    expect(state.audiences['101']).toBe('public');
    expect(state.saves).toEqual([]);
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
  });
});

test.describe('a post open in a dialog', () => {
  test('is marked inside its dialog too, and made Friends from there', async ({ page }) => {
    await page.goto(profileUrl('/ana.lima', { open: '106' }));
    const dialog = page.locator('[role="dialog"][data-sim-dialog="106"]');
    const marker = dialog.locator(MARKER);
    await expect(marker).toHaveCount(1);
    await expect(marker).toBeVisible();
    await expect(post(page, '106').locator(MARKER)).toHaveCount(1);
    await marker.locator('[data-action="make-private"]').click();
    await expect(marker).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect((await profileState(page)).audiences['106']).toBe('friends');
  });
});

test.describe('markers follow the page as a live timeline changes it', () => {
  const MARKER_HOST = '[data-audience-guard="marker"]';

  test('rewritten timestamps leave every marker where it is, and a marker the page takes out is put back', async ({ page, settled }) => {
    await page.goto(profileUrl());
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length);
    await settled(page);
    // Tag each host in the page's world, to know afterwards whether it is still the same element.
    await page.evaluate((sel) => document.querySelectorAll(sel).forEach((el, i) => el.setAttribute('data-test-tag', String(i))), MARKER_HOST);
    // A timeline rewrites its relative times in place (text only).
    await page.evaluate(() => {
      for (const a of document.querySelectorAll('[data-sim-post] a[href*="/posts/"]')) if (a.firstChild) (a.firstChild as Text).data = '1m';
    });
    await settled(page);
    const tags = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.getAttribute('data-test-tag')).sort(), MARKER_HOST);
    expect(tags).toEqual(['0', '1', '2', '3']);
    // The page's re-render takes one marker out of its post (and nothing else).
    await page.evaluate((sel) => document.querySelector(`[data-sim-post="101"] ${sel}`)?.remove(), MARKER_HOST);
    await expect(post(page, '101').locator(MARKER)).toHaveCount(1);
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length);
  });

  test('a header icon updated in place from Public to Friends (its title attribute) takes its marker away', async ({ page, settled }) => {
    await page.goto(profileUrl());
    await expect(post(page, '101').locator(MARKER)).toHaveCount(1);
    await settled(page);
    await page.evaluate(() => document.querySelector('[data-sim-post="101"] svg[title]')?.setAttribute('title', "Shared with Ana's friends"));
    await expect(post(page, '101').locator(MARKER)).toHaveCount(0);
    await expect(page.locator(MARKER)).toHaveCount(OWN_PUBLIC.length - 1);
  });

  test("a header icon whose <title> text alone changes from Public to Friends takes its marker away", async ({ page, settled }) => {
    await page.goto(profileUrl());
    await expect(post(page, '101').locator(MARKER)).toHaveCount(1);
    // An icon that names its audience only by its <title> child: still marked.
    await page.evaluate(() => document.querySelector('[data-sim-post="101"] svg[title]')?.removeAttribute('title'));
    await settled(page);
    await expect(post(page, '101').locator(MARKER)).toHaveCount(1);
    // The text node's data changes, nothing else (a characterData record inside <title>).
    await page.evaluate(() => {
      const text = document.querySelector('[data-sim-post="101"] svg title')?.firstChild as Text | null;
      if (text) text.data = "Shared with Ana's friends";
    });
    await expect(post(page, '101').locator(MARKER)).toHaveCount(0);
  });
});
