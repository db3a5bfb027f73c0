// @vitest-environment node
// The whole configuration (../eslint.config.js), as `npm run lint` runs it: a deliberate
// innerHTML from a variable, a generated class selector and the eval-likes are refused where
// the extension's code lives, and the code the project writes passes.
import { ESLint } from 'eslint';
import { tseslint } from './packages.js';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
// The snippets are not files of the TypeScript project, so the type-aware rules (upstream's,
// tested there) are off here; every other rule runs as configured.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** @param {string} code @param {string} [filePath] */
async function rules(code, filePath = 'src/content/example.ts') {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('eslint.config.js', () => {
  it('refuses innerHTML = someVariable (the project rule and Mozilla no-unsanitized)', async () => {
    expect(await rules('export function show(el: Element, someVariable: string) { el.innerHTML = someVariable; }')).toEqual(
      expect.arrayContaining(['audience-guard/no-unsafe-markup', 'no-unsanitized/property']),
    );
  });
  it('refuses a selector on a generated atomic class in the extension code', async () => {
    expect(await rules("export const find = (d: Document) => d.querySelector('div.x1lliihq');")).toEqual(['audience-guard/no-atomic-class']);
  });
  it('allows fixtures and tests to imitate the generated classes', async () => {
    expect(await rules("export const row = '<div class=\"x1lliihq\"></div>';", 'e2e/example.spec.ts')).toEqual([]);
  });
  it('refuses eval, new Function, a string timer and remote code', async () => {
    expect(await rules('eval(code); new Function(body); setTimeout("run()", 1); await import(name);')).toEqual(
      expect.arrayContaining(['no-eval', 'no-new-func', 'no-implied-eval', 'audience-guard/no-remote-code']),
    );
  });
  it('allows the project\'s ordinary code', async () => {
    expect(await rules("export function label(el: Element, text: string): void { el.textContent = text; el.setAttribute('aria-label', text); }")).toEqual([]);
  });
});
