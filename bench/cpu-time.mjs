// CPU time spent by Chromium's renderer main threads (the threads that run a page's scripts,
// style, layout and the extension's content script), read from Linux's /proc. Unlike the
// DevTools TaskDuration (wall time of tasks), it does not grow when another process takes the
// core away, so on a shared machine a with/without ratio of it measures the extension, not
// the neighbours. Returns null where /proc is not available (the caller falls back).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** @type {number | null} */
let tickMs = null;
/** @returns {number} */
function clockTickMs() {
  if (tickMs === null) {
    try {
      tickMs = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tickMs = 10; // Linux's USER_HZ is 100 nearly everywhere.
    }
  }
  return tickMs;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). @param {string} path */
function statFields(path) {
  const text = readFileSync(path, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** `root` and every process descended from it. @param {number} root */
function descendants(root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(`/proc/${entry}/stat`)[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)?.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * The CPU ticks (user + system) of every renderer main thread under the browser process
 * `browserPid`, by pid/tid; null off Linux.
 * @param {number} browserPid
 * @returns {Map<string, number> | null}
 */
export function rendererMainThreads(browserPid) {
  if (process.platform !== 'linux') return null;
  const threads = new Map();
  for (const pid of descendants(browserPid)) {
    try {
      // A renderer's main thread keeps the process's name ("CrRendererMain" is only its
      // name in traces): on Linux it is the thread whose id is the process id.
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const fields = statFields(`/proc/${pid}/task/${pid}/stat`);
      // Fields 14 and 15 of stat (utime, stime); index 0 here is field 3.
      threads.set(`${pid}/${pid}`, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  return threads;
}

/**
 * CPU ms the renderer main threads spent between two snapshots. A thread that started in
 * between counts whole; one that ended in between (a renderer of an earlier, closed page
 * going away) cannot be counted and was idle anyway.
 * @param {Map<string, number> | null} before @param {Map<string, number> | null} after
 */
export function cpuMsBetween(before, after) {
  if (!before || !after) return null;
  let ticks = 0;
  for (const [thread, value] of after) ticks += value - (before.get(thread) ?? 0);
  return ticks * clockTickMs();
}
