import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('sameValue', () => {
  it('says what JSON.stringify would say, for the shapes a status has', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }],
      [{ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } }],
      [{ a: null }, { a: undefined }],
      [{ a: undefined }, {}],
      [{ a: 'public' }, { a: 'friends' }],
      [[1, 2], { 0: 1, 1: 2 }],
      [{ batch: null }, { batch: { done: 0 } }],
      [1, '1'],
      [{ n: 0 }, { n: 0, m: 0 }],
    ];
    for (const [a, b] of cases) {
      // Key order aside (JSON keeps it; a status's meaning does not depend on it).
      const json = (v: unknown) => JSON.stringify(v, (_k, val) => (val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort()) : val));
      expect(sameValue(a, b), JSON.stringify([a, b])).toBe(json(a) === json(b));
    }
  });
});
