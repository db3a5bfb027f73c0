// A first run without a browser is one sentence, not a stack trace: npm start, the test
// suites and the bench, with CHROMIUM_PATH / FIREFOX_PATH pointing nowhere, say what to
// install in one line and exit non-zero (tools/browser/find.mjs).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// vitest runs from the repository root (and its happy-dom environment gives no file: URL).
const root = process.cwd();
/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

describe('without a browser', () => {
  it.each([
    ['npm start', 'node', ['scripts/demo.mjs', '--headless']],
    ['the bench', 'node', ['bench/run.mjs', '--check', '--machine-independent']],
    ['the Chromium suite', 'npx', ['playwright', 'test', '--project=chromium', '--list']],
  ])('%s says in one line to install Chromium and exits 1', (_, cmd, args) => {
    const { status, lines } = run(cmd, args, { CHROMIUM_PATH: '/nowhere/chromium' });
    expect(status).toBe(1);
    expect(lines, lines.join('\n')).toHaveLength(1);
    expect(lines[0]).toContain('apt-get install -y chromium');
    expect(lines[0]).toContain('npx playwright install chromium');
  }, 60_000);

  it.each([
    ['npm start -- --firefox', 'node', ['scripts/demo.mjs', '--headless', '--firefox']],
    ['the Firefox suite', 'npx', ['playwright', 'test', '--project=firefox', '--list']],
  ])('%s says in one line to install Firefox and exits 1', (_, cmd, args) => {
    const { status, lines } = run(cmd, args, { FIREFOX_PATH: '/nowhere/firefox' });
    expect(status).toBe(1);
    expect(lines, lines.join('\n')).toHaveLength(1);
    expect(lines[0]).toContain('apt-get install -y firefox-esr');
  }, 60_000);
});
