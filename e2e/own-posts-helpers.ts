// Helpers for the own-posts specs: the marker's contract selector, the profile fixture's
// URLs (fixture-sites/facebook/profile.js) and its recorded state.
import type { Locator, Page } from '@playwright/test';

export const MARKER = '[data-audience-guard="marker"][data-kind="own-post"][data-site="facebook"]';

export function profileUrl(path = '/ana.lima', params: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `https://www.facebook.com${path}${q.size ? `?${q}` : ''}`;
}

export function post(page: Page, id: string): Locator {
  return page.locator(`[role="article"][data-sim-post="${id}"]`);
}

export interface ProfileState {
  audiences: Record<string, string>;
  saves: { id: string; audience: string }[];
  chooserOpens: number;
  menuOpens: number;
  destructive: unknown[];
}
export const profileState = (page: Page) => page.evaluate(() => (window as unknown as { __fbp: ProfileState }).__fbp);

/** The own public posts of the fixture's /ana.lima (101, 106: header button; 103, 107: menu only). */
export const OWN_PUBLIC = ['101', '103', '106', '107'];
