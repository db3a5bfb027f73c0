// Equality of two JSON-like values (primitives, arrays, plain objects) without building
// their JSON: the content script compares its status with the last one it sent on every
// pass, and most passes change nothing.

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // JSON drops undefined members: `{ a: undefined }` is the same as `{}`.
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  if (kx.length !== keys(y).length) return false;
  for (const k of kx) if (!sameValue(x[k], y[k])) return false;
  return true;
}
