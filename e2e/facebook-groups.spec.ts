// Group composers: no audience button; the group's privacy in the page header
// decides. A post in a public group is public; a private group gets no warning.
import { test, expect, warningHost } from './extension-test';
import { composer, expectNoWarning, expectWarning, fbUrl } from './facebook-helpers';

test.describe('Facebook groups', () => {
  test('warns in a public group, with a link to the group\'s About page and no switch', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101'));
    const host = await expectWarning(page, { audience: 'public' });
    await expect(host.locator('[data-action="make-private"]')).toHaveCount(0);
    await expect(host.locator('[data-action="dismiss"]')).toBeVisible();
    await expect(host.locator('a[href="https://www.facebook.com/groups/101/about/"]')).toBeVisible();
    await expect(host.getByText(/public group|posts in it are public/i)).toBeVisible();
  });

  test('does not warn in a private group', async ({ context, openPopup, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/202'));
    await expect(composer(page)).toBeVisible();
    await expect(page.getByText('Private group · 1.2K members')).toBeVisible();
    await expectNoWarning(page, settled);
    const popup = await openPopup(page);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'group-private');
  });

  test('reads a localised group header (de "Öffentliche Gruppe")', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { lang: 'de' }));
    await expectWarning(page, { audience: 'public' });
  });

  test('reads a group header that arrives after the composer opened', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { groupdelay: 1500 }));
    await expect(composer(page)).toBeVisible();
    await expectWarning(page, { audience: 'public' });
  });

  test('follows pushState navigation: composers come and go with the pages', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { open: 0 }));
    await expectNoWarning(page, settled);
    await page.getByRole('navigation').getByRole('link', { name: 'Trail Runners of Lisbon' }).click();
    await expect(page).toHaveURL(/\/groups\/101$/);
    await page.locator('[data-sim="open-composer"]').click();
    await expectWarning(page, { audience: 'public' });
    // The browser's Back button: popstate, the composer unmounts, the warning goes with it.
    await page.goBack();
    await expect(page).toHaveURL(/facebook\.com\/\?open=0$/);
    await expect(composer(page)).toHaveCount(0);
    await expect(warningHost(page)).toHaveCount(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Quiet Readers Circle' }).click();
    await page.locator('[data-sim="open-composer"]').click();
    await expect(composer(page)).toBeVisible();
    await expectNoWarning(page, settled);
    await composer(page).getByRole('button', { name: 'Close composer dialog' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await page.locator('[role="region"] [data-sim="open-composer"]').click();
    await expectWarning(page, { audience: 'public' });
  });

  test('reads "Public group · 1.2K members" when the privacy and the member count are one text', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { boxlabel: 0 }));
    const line = page.getByText('Public group · 1.2K members', { exact: true });
    await expect(line).toBeVisible();
    expect(await line.evaluate((el) => el.childNodes.length === 1 && el.firstChild?.nodeType === 3)).toBe(true);
    await expectWarning(page, { audience: 'public' });
  });

  test('finds the header after a long sidebar', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { boxlabel: 0, sidebar: 1500 }));
    await expect(page.locator('[data-sim="sidebar"] > div')).toHaveCount(1500);
    await expectWarning(page, { audience: 'public' });
  });

  test('reads the composer\'s own text box, "Create a public post…", without a header', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { header: 0 }));
    await expect(composer(page).locator('[aria-label="Create a public post…"]')).toHaveCount(1);
    await expectWarning(page, { audience: 'public' });
  });

  test('reads the Vietnamese box "Tạo bài viết công khai…" (docs/MARKUP.md, medium)', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/101', { header: 0, lang: 'vi' }));
    await expectWarning(page, { audience: 'public' });
  });

  test('a group turned public while its page is open warns at the next composer', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/202'));
    await expect(composer(page)).toBeVisible();
    await expect(page.getByText('Private group · 1.2K members')).toBeVisible();
    await expectNoWarning(page, settled);
    await composer(page).getByRole('button', { name: 'Close composer dialog' }).click();
    await expect(composer(page)).toHaveCount(0);
    // The admin's change reaches the open page (the header's text changes in place).
    await page.evaluate(() => (window as unknown as { __fb: { setGroupPrivacy(p: string): void } }).__fb.setGroupPrivacy('public'));
    await expect(page.getByText('Public group · 1.2K members')).toBeVisible();
    await page.locator('[data-sim="open-composer"]').click();
    await expectWarning(page, { audience: 'public' });
  });

  test('a group turned public while its composer is open warns at once', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/groups/202'));
    await expect(page.getByText('Private group · 1.2K members')).toBeVisible();
    await expectNoWarning(page, settled);
    await page.evaluate(() => (window as unknown as { __fb: { setGroupPrivacy(p: string): void } }).__fb.setGroupPrivacy('public'));
    await expectWarning(page, { audience: 'public' });
  });
});
