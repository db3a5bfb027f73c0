import { defineConfig } from '@playwright/test';

// Each worker runs one Chromium profile with the built extension, reset to a clean state
// before every test; the few tests that need a new profile get one (e2e/fixtures.ts).
// Two workers match the 2-core CI machine (a third measured ~8% faster for ~10% more CPU).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
