import { defineConfig } from '@playwright/test';
import { browserProblem } from './tools/browser/find.mjs';

// Two suites, one per browser, run by the same runner:
//   chromium: e2e/*.spec.ts. Each worker runs one Chromium profile with the built extension,
//     reset to a clean state before every test; the few tests that need a new profile get one
//     (e2e/extension-test.ts).
//   firefox: e2e/firefox/*.spec.ts. Each worker runs one Firefox ESR with dist/firefox
//     installed as a temporary add-on, driven over WebDriver BiDi (e2e/firefox/firefox-test.ts).
// `npx playwright test --project=firefox` runs one alone (npm run test:firefox).
// Two workers match the 2-core CI machine (a third measured ~8% faster for ~10% more CPU).
//
// A browser that is not installed is a setup step: the run says what to install in one line
// and exits 1 (tools/browser/find.mjs) instead of failing every test with a stack trace.
const requested = process.argv.flatMap((arg, i, all) =>
  arg === '--project' ? [all[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [],
);
if (!process.env.TEST_WORKER_INDEX) {
  for (const kind of ['chromium', 'firefox'] as const) {
    if (requested.length > 0 && !requested.includes(kind)) continue;
    const problem = browserProblem(kind);
    if (problem) {
      console.error(`Audience Guard: ${problem}`);
      process.exit(1);
    }
  }
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'chromium', testMatch: /e2e[/\\][^/\\]+\.spec\.ts$/ },
    { name: 'firefox', testMatch: /e2e[/\\]firefox[/\\][^/\\]+\.spec\.ts$/ },
  ],
});
