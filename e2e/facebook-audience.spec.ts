// Reading the audience of Facebook composers: every audience, every language the
// lexicon holds, stale panels, React re-renders, the profile's two steps, "Edit post".
import { test, expect, warningHost } from './extension-test';
import { composer, expectNoWarning, expectWarning, fbUrl, pickAudienceByHand, rerender, simState } from './fixtures/facebook/sim-helpers';

test.describe('Facebook audience reading', () => {
  test('warns when a composer that opens later has the audience Public', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { open: 0 }));
    await page.waitForTimeout(300);
    await expect(warningHost(page)).toHaveCount(0);
    await page.locator('[role="region"] [data-sim="open-composer"]').click();
    const host = await expectWarning(page, { audience: 'public' });
    await expect(host.locator('[data-action="make-private"]')).toBeVisible();
    await expect(host.locator('[data-action="dismiss"]')).toBeVisible();
    // The host sits inside the visible panel, above the Post button.
    const hostBox = await host.boundingBox();
    const postBox = await composer(page).locator('[data-sim="submit"]').boundingBox();
    expect(hostBox && postBox && hostBox.y + hostBox.height <= postBox.y + 1).toBe(true);
  });

  for (const audience of ['friends', 'friends-of-friends', 'friends-except', 'specific-friends', 'only-me', 'custom']) {
    test(`does not warn when the audience is ${audience}`, async ({ context, openPopup }) => {
      const page = await context.newPage();
      await page.goto(fbUrl('/', { audience }));
      await expect(composer(page)).toBeVisible();
      await expectNoWarning(page);
      const popup = await openPopup(page);
      await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', audience);
    });
  }

  test('ignores a stale off-screen panel that says Friends while the visible one says Public', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { stale: 1, audience: 'public' }));
    await expect(composer(page).locator('[data-sim="stale-panel"]')).toHaveCount(1);
    await expectWarning(page, { audience: 'public' });
    // The host is in the visible panel, not in the stale one.
    await expect(warningHost(composer(page).locator('[data-sim="stale-panel"]'))).toHaveCount(0);
    await expect(warningHost(composer(page).locator('[data-sim="main-panel"]'))).toHaveCount(1);
  });

  test('ignores a stale off-screen panel that says Public while the visible one says Friends', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { stale: 1, audience: 'friends' }));
    await expect(composer(page).locator('[data-sim="stale-panel"]')).toHaveCount(1);
    await expectNoWarning(page);
  });

  const languages = ['de', 'es', 'fr', 'pt', 'it', 'vi'];
  for (const lang of languages) {
    test(`reads the audience in ${lang}: warns on Public, not on Friends`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(fbUrl('/', { lang }));
      await expectWarning(page, { audience: 'public' });
      const friends = await context.newPage();
      await friends.goto(fbUrl('/', { lang, audience: 'friends' }));
      await expect(composer(friends)).toBeVisible();
      await expectNoWarning(friends);
    });
  }

  test('a language the lexicon does not know gives the quiet "unknown" notice, never silence', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { lang: 'fi', audience: 'friends' }));
    const host = await expectWarning(page, { audience: 'unknown' });
    await expect(host.locator('[data-action="dismiss"]')).toBeVisible();
    await expect(host.locator('[data-action="make-private"]')).toHaveCount(0);
  });

  test('an unreadable audience button gives "unknown"', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { audience: 'something-new' }));
    await expectWarning(page, { audience: 'unknown' });
  });

  test('follows the audience live: appears on Public, goes on Friends, comes back on Public', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { audience: 'friends' }));
    await expect(composer(page)).toBeVisible();
    await expectNoWarning(page);
    await pickAudienceByHand(page, 'Public');
    await expectWarning(page, { audience: 'public' });
    await pickAudienceByHand(page, 'Friends');
    await expect(warningHost(page)).toHaveCount(0);
    await pickAudienceByHand(page, 'Public');
    await expectWarning(page, { audience: 'public' });
    expect((await simState(page)).maxHostsPerDialog).toBe(1);
  });

  test('follows the audience live with the older "Select Audience" dialog', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { audience: 'only-me', chooser: 'dialog' }));
    await expect(composer(page)).toBeVisible();
    await expectNoWarning(page);
    await pickAudienceByHand(page, 'Public');
    await expectWarning(page, { audience: 'public' });
  });

  test('survives React replacing the composer\'s nodes: always exactly one host', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { rerender: 60 }));
    await expectWarning(page, { audience: 'public' });
    const before = (await simState(page)).renders;
    await page.waitForTimeout(1500);
    const state = await simState(page);
    expect(state.renders - before).toBeGreaterThan(10);
    expect(state.maxHostsPerDialog).toBe(1);
    await expectWarning(page, { audience: 'public' });
    // Typing re-renders too, and the warning stays while the person writes.
    // (Focused by script: a pointer click can miss a node that is moved every 60 ms.)
    await page.evaluate(() => (document.querySelector('[data-sim="editor"]') as HTMLElement).focus());
    await page.keyboard.type('Hello there');
    await expect(composer(page).locator('[data-sim="editor"]')).toHaveText('Hello there');
    await expectWarning(page, { audience: 'public' });
    expect((await simState(page)).maxHostsPerDialog).toBe(1);
  });

  test('warns in the "Edit post" dialog', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { open: 0 }));
    await page.locator('[data-sim="post-actions"]').click();
    await page.locator('[data-sim="edit-post"]').click();
    await expect(page.locator('[role="dialog"][aria-label="Edit post"]')).toBeVisible();
    const host = await expectWarning(page, { audience: 'public' });
    await expect(warningHost(page.locator('[role="dialog"][aria-label="Edit post"]'))).toHaveCount(1);
    await expect(host.locator('[data-action="make-private"]')).toBeVisible();
  });

  test('on the own profile the warning follows both steps (Next, then Post)', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/ana'));
    await expectWarning(page, { audience: 'public' });
    await composer(page).locator('[data-sim="editor"]').click();
    await page.keyboard.type('Two steps');
    await composer(page).locator('[data-sim="submit"]').filter({ visible: true }).click();
    await expect(composer(page).locator('[data-sim="settings-panel"]')).toBeInViewport();
    const host = await expectWarning(page, { audience: 'public' });
    await expect(warningHost(composer(page).locator('[data-sim="settings-panel"]'))).toHaveCount(1);
    await expect(host.locator('[data-action="make-private"]')).toBeVisible();
    expect((await simState(page)).posted).toBe(false);
  });

  test('dismiss hides the warning for this composer only; a new composer warns again', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/'));
    const host = await expectWarning(page, { audience: 'public' });
    await host.locator('[data-action="dismiss"]').click();
    await expectNoWarning(page);
    // React re-renders the composer: the dismissed warning stays away.
    await rerender(page, 5);
    await expectNoWarning(page);
    await composer(page).getByRole('button', { name: 'Close composer dialog' }).click();
    await expect(composer(page)).toHaveCount(0);
    await page.locator('[data-sim="open-composer"]').click();
    await expectWarning(page, { audience: 'public' });
  });

  test('the warning goes when the composer closes', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/'));
    await expectWarning(page, { audience: 'public' });
    await composer(page).getByRole('button', { name: 'Close composer dialog' }).click();
    await expect(warningHost(page)).toHaveCount(0);
  });
});
