// Steps through Instagram's fixture (fixture-sites/instagram/sim.js) the way a person would.
import type { Page, Locator } from '@playwright/test';

export { routeInstagramApi, logIn } from '../fixture-sites/instagram/api-route.mjs';

/** A 1x1 PNG: what the person "selects from computer". */
export const PHOTO = {
  name: 'beach.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
};

/** Labels of the fixture in each language it speaks. */
export const UI = {
  en: { create: 'New post', heading: 'Create new post', next: 'Next', share: 'Share', caption: 'Write a caption...' },
  'pt-BR': { create: 'Nova publicação', heading: 'Criar novo post', next: 'Avançar', share: 'Compartilhar', caption: 'Escreva uma legenda...' },
  // de and it: the words observed live / in a posting bot (docs/MARKUP.md, medium); the headings are the fixture's guesses.
  de: { create: 'Neuer Beitrag', heading: 'Neuen Beitrag erstellen', next: 'Weiter', share: 'Teilen', caption: 'Bildunterschrift verfassen …' },
  it: { create: 'Nuovo post', heading: 'Crea nuovo post', next: 'Avanti', share: 'Condividi', caption: 'Scrivi una didascalia…' },
  ja: { create: '新規投稿', heading: '新規投稿を作成', next: '次へ', share: 'シェア', caption: 'キャプションを入力…' },
} as const;
export type Lang = keyof typeof UI;

export function createDialog(page: Page): Locator {
  return page.locator('[role="dialog"]').filter({ has: page.locator('h1') });
}

export async function openCreate(page: Page, lang: Lang = 'en'): Promise<Locator> {
  await page.locator(`svg[aria-label="${UI[lang].create}"]`).click();
  const dialog = createDialog(page);
  await dialog.waitFor();
  return dialog;
}

/** select -> crop -> edit -> share, as far as `to`. */
export async function goToStep(page: Page, to: 'crop' | 'edit' | 'share', lang: Lang = 'en'): Promise<void> {
  const dialog = createDialog(page);
  await dialog.locator('input[type="file"]').setInputFiles(PHOTO);
  if (to === 'crop') return;
  await dialog.locator('[role="button"]', { hasText: UI[lang].next }).click();
  if (to === 'edit') return;
  await dialog.locator('[role="button"]', { hasText: UI[lang].next }).click();
  await dialog.locator('[role="button"]', { hasText: UI[lang].share }).waitFor();
}

export function caption(page: Page, lang: Lang = 'en'): Locator {
  return page.locator(`[contenteditable="true"][role="textbox"][aria-label="${UI[lang].caption}"]`);
}
