// Where Chromium is and how to start it, shared by the e2e tests, the demo and the bench.
// CHROMIUM_PATH overrides; otherwise Debian's /usr/bin/chromium if present; otherwise
// Playwright's own downloaded Chromium (on a laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';

export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

// Without these, Chromium on a closed network keeps trying to reach Google's services.
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

/** @param {{ headless?: boolean, extensionPath?: string, args?: string[] }} [opts] */
export function chromiumLaunchOptions(opts = {}) {
  const args = [...QUIET_FLAGS, ...(opts.args ?? [])];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (opts.extensionPath) {
    args.push(`--disable-extensions-except=${opts.extensionPath}`, `--load-extension=${opts.extensionPath}`);
  }
  const executablePath = chromiumExecutable();
  return { headless: opts.headless ?? true, args, ...(executablePath ? { executablePath } : {}) };
}
