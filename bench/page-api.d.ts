// What the synthetic feed page (bench/workloads/feed.js, on the imitation's markup) offers the benchmark, as the
// benchmark's checked JavaScript sees it: window.__fbBench's calls and the probe they fill.
interface FbBenchSession {
  hostSeen: boolean;
}
interface FbBenchRepeat {
  error?: string;
  samples: { late: number; ms: number }[];
  frames: number;
}
interface Window {
  __fbBench: {
    probe: Record<string, unknown>;
    [call: string]: unknown;
  };
}
interface Window {
  /** The synthetic profile page (bench/workloads/profile.js). */
  __fbProfile: {
    counts(): { markers: number; ownPublic: number; [k: string]: number };
    [call: string]: (arg?: unknown) => unknown;
  };
}
