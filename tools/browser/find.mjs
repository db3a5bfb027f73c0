// Where the browsers are, and the one sentence a first run without one gets.
//   Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
//             (on a laptop, after `npx playwright install chromium`).
//   Firefox:  FIREFOX_PATH, else Debian's /usr/bin/firefox-esr, else /usr/bin/firefox.
// A missing browser is a setup step, not a failure of the code under test: the entry points
// (npm start, the test suites, the bench) print what to install in one line and exit 1.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM_INSTALL = 'apt-get install -y chromium (on a laptop: npx playwright install chromium)';
const FIREFOX_INSTALL = 'apt-get install -y firefox-esr firefox-esr-l10n-de';

/** The Chromium to start; undefined means Playwright's own (it may be missing: see browserProblem). */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The Firefox to start, or undefined when none is installed. */
export function firefoxExecutable() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((candidate) => existsSync(candidate));
}

/**
 * Why `kind` cannot start, as one sentence, or null when it can.
 * @param {'chromium' | 'firefox'} kind
 * @returns {string | null}
 */
export function browserProblem(kind) {
  if (kind === 'chromium') {
    const path = process.env.CHROMIUM_PATH;
    if (path) return existsSync(path) ? null : `CHROMIUM_PATH points at ${path}, which does not exist: ${CHROMIUM_INSTALL}, or point CHROMIUM_PATH at a Chromium.`;
    if (chromiumExecutable()) return null;
    let bundled = '';
    try {
      bundled = chromium.executablePath();
    } catch {
      // Playwright knows no Chromium for this platform.
    }
    return bundled && existsSync(bundled) ? null : `No Chromium found: ${CHROMIUM_INSTALL}, or set CHROMIUM_PATH.`;
  }
  const path = process.env.FIREFOX_PATH;
  if (path) return existsSync(path) ? null : `FIREFOX_PATH points at ${path}, which does not exist: ${FIREFOX_INSTALL}, or point FIREFOX_PATH at a Firefox.`;
  return firefoxExecutable() ? null : `No Firefox found: ${FIREFOX_INSTALL}, or set FIREFOX_PATH.`;
}

/**
 * Exits the process with the one-line reason when `kind` cannot start (for entry points:
 * npm start, the bench, the Playwright config). Returns otherwise.
 * @param {'chromium' | 'firefox'} kind
 */
export function exitUnlessBrowser(kind) {
  const problem = browserProblem(kind);
  if (!problem) return;
  console.error(`Audience Guard: ${problem}`);
  process.exit(1);
}
