// Instagram's addresses, written once (docs/MARKUP.md "Making the account private" and
// "Knowing whether the account is public"). The background opens the settings page from
// here, the popup links to it from here, the content script recognises it from here.

export const INSTAGRAM_ORIGIN = 'https://www.instagram.com';

/**
 * Where the "Private account" switch may live, in the order they are tried. The first is
 * the one several 2023–2026 tools use and the Referer of Instagram's own privacy request
 * (medium-high); the second has one 2024 source; the third is the older page with a
 * checkbox. Any of them may answer "Sorry, this page isn't available." or redirect.
 */
export const SETTINGS_PATHS = [
  '/accounts/who_can_see_your_content/',
  '/accounts/privacy_setting/',
  '/accounts/privacy_and_security/',
] as const;

/** The page a person is sent to (the popup's lock-down link): the first of the paths. */
export const INSTAGRAM_PRIVACY_URL = `${INSTAGRAM_ORIGIN}${SETTINGS_PATHS[0]}`;

/** The settings page's own request when the switch is turned on (medium-high, two clients). */
export const SET_PRIVATE_PATH = '/api/v1/web/accounts/set_private/';

/** Where a path's settings page is, as a full URL. */
export function settingsUrl(step: number): string | null {
  const path = SETTINGS_PATHS[step];
  return path ? `${INSTAGRAM_ORIGIN}${path}` : null;
}

/** Which of the settings paths `pathname` is (a trailing slash or not), or -1. */
export function settingsStep(pathname: string): number {
  const normal = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return SETTINGS_PATHS.findIndex((path) => path === normal);
}

/** Whether `url` is a page of Instagram's web origin. */
export function isInstagramUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).origin === INSTAGRAM_ORIGIN;
  } catch {
    return false;
  }
}
