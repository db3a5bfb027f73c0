import { defineConfig } from '@playwright/test';

// Each test gets its own Chromium profile with the built extension (e2e/fixtures.ts).
// Two workers match the 2-core CI machine.
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
