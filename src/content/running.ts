// The controller running in this isolated world, found by a global symbol: a second copy of
// the content script (injected after an update) leaves when one runs (start.ts), and a
// feature injected on demand (own-posts-entry.ts) registers with it. Type-only import: a
// script that uses this does not bundle the controller.
import type { Controller } from './controller';

const RUNNING = Symbol.for('audience-guard.controller');

type World = Record<symbol, Controller | undefined>;

export function runningController(): Controller | undefined {
  const controller = (globalThis as unknown as World)[RUNNING];
  return controller && !controller.signal.aborted ? controller : undefined;
}

export function setRunningController(controller: Controller): void {
  (globalThis as unknown as World)[RUNNING] = controller;
}
