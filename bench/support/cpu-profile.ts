/**
 * Where a process spent its CPU, from a V8 CPU profile (`node --cpu-prof` writes one when
 * the process exits): self time grouped by who owns the code (a package, Node itself, the
 * garbage collector, or a folder of this project's src), and the functions with the most
 * self time. Idle time (the event loop waiting) is left out of the shares, so they describe
 * the time the process was busy.
 */

/** The parts of a `.cpuprofile` this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  ms: number;
  /** Share of the busy time, 0 to 1. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  /** Time loading and compiling modules (the process's start-up), left out of the shares. */
  loadingMs: number;
  byOwner: ProfileShare[];
  topFunctions: ProfileShare[];
}

/**
 * Who owns a function's code: V8's pseudo-frames as they are, a package by its name from
 * the last `node_modules/` in its path, Node's own modules as "node", this project's code
 * as "src/<folder>", and code with no script (V8 builtins, native) as "(native)".
 */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  const file = /\/(src|bench)\/([^/]+)$/.exec(url);
  return file ? `${file[1]}/${file[2]}` : url;
}

const IDLE = "(idle)";

/** A frame that loads or compiles modules: a sample under one belongs to start-up, not to serving requests. */
const isLoading = (url: string) => url.startsWith("node:internal/modules/") || /node_modules\/(tsx|esbuild)\//.test(url);

/** Self time per owner and per function, as shares of the busy time. */
export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const loading = new Map<number, boolean>();
  const underLoading = (id: number): boolean => {
    let known = loading.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = isLoading(byId.get(id)!.callFrame.url) || (up !== undefined && underLoading(up));
      loading.set(id, known);
    }
    return known;
  };
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let idleMs = 0;
  let loadingMs = 0;
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!;
    if (callFrame.functionName === IDLE) {
      idleMs += ms;
      continue;
    }
    if (underLoading(id)) {
      loadingMs += ms;
      continue;
    }
    const owner = ownerOf(callFrame.url, callFrame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    const fn = `${callFrame.functionName || "(anonymous)"} ${owner}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ""}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const busyMs = [...owners.values()].reduce((a, b) => a + b, 0);
  const ranked = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms, share: busyMs ? ms / busyMs : 0 }));
  return { busyMs, idleMs, loadingMs, byOwner: ranked(owners, Infinity), topFunctions: ranked(functions, top) };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The summary as two markdown tables. */
export function profileTables(summary: ProfileSummary, minShare = 0.005): string {
  const lines = [
    `Busy ${Math.round(summary.busyMs)} ms (start-up's module loading, ${Math.round(summary.loadingMs)} ms more, left out), idle ${Math.round(summary.idleMs)} ms.`,
    "",
    "| owner | self ms | share of busy |",
    "|---|---|---|",
  ];
  for (const s of summary.byOwner.filter((o) => o.share >= minShare)) lines.push(`| ${s.name} | ${Math.round(s.ms)} | ${percent(s.share)} |`);
  lines.push("", "| function | self ms | share of busy |", "|---|---|---|");
  for (const s of summary.topFunctions) lines.push(`| ${s.name.replaceAll("|", "\\|")} | ${Math.round(s.ms)} | ${percent(s.share)} |`);
  return lines.join("\n");
}
