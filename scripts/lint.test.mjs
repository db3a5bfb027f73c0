import { describe, expect, it } from 'vitest';
import { lintSource } from './lint.mjs';

const problems = (code, file = 'a.tsx') => lintSource(code, file).map((p) => p.message);

describe('lint', () => {
  it('allows innerHTML with a constant string', () => {
    expect(problems('el.innerHTML = "";')).toEqual([]);
    expect(problems('el.innerHTML = `<b>fixed</b>`;')).toEqual([]);
  });
  it('forbids innerHTML, outerHTML and insertAdjacentHTML with anything else', () => {
    expect(problems('el.innerHTML = name;')).toHaveLength(1);
    expect(problems('el.outerHTML = `<b>${name}</b>`;')).toHaveLength(1);
    expect(problems('el["innerHTML"] = x;')).toHaveLength(1);
    expect(problems('el.insertAdjacentHTML("beforeend", html);')).toHaveLength(1);
    expect(problems('el.insertAdjacentHTML("beforeend", "<hr>");')).toEqual([]);
  });
  it('forbids dangerouslySetInnerHTML in JSX and in props objects', () => {
    expect(problems('const a = <div dangerouslySetInnerHTML={{ __html: "x" }} />;')).toHaveLength(1);
    expect(problems('h("div", { dangerouslySetInnerHTML: { __html: x } });')).toHaveLength(1);
  });
  it('forbids eval-likes', () => {
    expect(problems('eval(code);')).toHaveLength(1);
    expect(problems('new Function("a", body);')).toHaveLength(1);
    expect(problems('setTimeout("run()", 10);')).toHaveLength(1);
    expect(problems('setTimeout(() => run(), 10);')).toEqual([]);
    expect(problems('document.write(x);')).toHaveLength(1);
    expect(problems('import(name);')).toHaveLength(1);
  });
  it('forbids selectors on generated atomic class names', () => {
    expect(problems('document.querySelector(".x1lliihq > span");', 'a.ts')).toHaveLength(1);
    expect(problems('el.classList.contains("x6ikm8r");', 'a.ts')).toHaveLength(1);
    expect(problems('document.querySelector("[role=dialog] .x9f619");', 'a.ts')).toHaveLength(1);
  });
  it('does not mistake ordinary words for generated class names', () => {
    expect(problems('const s = "xhtml export extra"; const t = "__fb-dark-mode";', 'a.ts')).toEqual([]);
  });
});
