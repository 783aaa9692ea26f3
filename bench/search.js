// Benchmark of search (issue 12 item 8: "search over a device holding 10,000 items of mixed kinds —
// index build time, median query time, memory"): the app's own index module
// (renderer/src/features/search/search-index.ts, loaded through Vite as the worker bundles it) over
// 10,000 items as the sources give them — proposals, members, forum topics and posts, events, blog
// posts with their text and comments, chat messages and private messages, in two languages —
// built as the worker builds it, then searched with prefixes, typos and several words. Memory: the heap the index holds (measured after a collection when Node runs
// with --expose-gc, else the difference in heap used) and its size as JSON.
// Usage: node bench/run.js search
import { performance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const rendererDir = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "renderer");

const WORDS = (
  "repair boiler winter rent strike landlord meeting minutes stairwell repaint garden budget dues treasurer assembly " +
  "neighbourhood tenants heating window roof lease deposit eviction solidarity kitchen bicycle library school childcare " +
  "reunión asamblea vecinos alquiler huelga calefacción presupuesto jardín escalera cuotas tesorería biblioteca escuela"
).split(" ");
const NAMES = "Alice Bob Carol Dave Erin Frank Grace Heidi Ivan Judy Mallory Niaj Olivia Peggy Rupert Sybil Trent Victor Walter Zoë".split(" ");
// [kind, count, title words, text words]: messages, chat messages, forum posts and comments are
// titled by their start (as their sources title them) and carry their words; a post carries its text.
const KINDS = [
  ["proposal", 1_500, 6, 0],
  ["member", 1_000, 2, 12],
  ["topic", 500, 7, 3],
  ["forum-post", 1_500, 0, 40],
  ["event", 500, 5, 20],
  ["post", 300, 6, 120],
  ["comment", 1_200, 0, 25],
  ["chat", 1_500, 0, 15],
  ["message", 2_000, 0, 25],
];
const EXCERPTED = new Set(["forum-post", "comment", "chat", "message"]);
const QUERIES = ["boil", "boyler", "rent strike", "reunion", "asamblea vecinos", "stairwel", "Alice", "treasur", "calefaccion", "garden budget", "landlrd", "minutes", "escuela", "roof", "evic"];

/** A seeded pseudo-random generator (mulberry32): the same items every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** 10,000 items of mixed kinds in 40 chapters, as the search sources give them. */
function items() {
  const next = random(2026);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const out = [];
  for (const [kind, count, titleWords, textWords] of KINDS) {
    for (let i = 0; i < count; i++) {
      const text = words(textWords);
      const title = kind === "member" ? `${pick(NAMES)} ${pick(NAMES)}son` : EXCERPTED.has(kind) ? `${words(4)}: ${text.slice(0, 79)}` : words(titleWords);
      out.push({ key: `${kind}-${i}`, kind, chapter: kind === "message" ? null : `chapter-${i % 40}`, title, text, href: `#/${kind}/${i}`, at: 1_700_000_000_000 + i });
    }
  }
  return out;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const round = (ms) => Math.round(ms * 100) / 100;
const collect = () => globalThis.gc?.();

export async function run({ builds = 5, rounds = 20 } = {}) {
  const server = await createServer({ root: rendererDir, logLevel: "error", appType: "custom", server: { middlewareMode: true, hmr: false }, optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const { buildSearchIndex, searchIndex } = await server.ssrLoadModule("/src/features/search/search-index.ts");
    const all = items();
    const buildMs = [];
    for (let i = 0; i < builds; i++) {
      const started = performance.now();
      buildSearchIndex(all);
      buildMs.push(performance.now() - started);
    }
    collect();
    const before = process.memoryUsage().heapUsed;
    const index = buildSearchIndex(all);
    collect();
    const heapBytes = process.memoryUsage().heapUsed - before;
    const queryMs = [];
    let found = 0;
    for (let r = 0; r < rounds; r++) {
      for (const query of QUERIES) {
        const started = performance.now();
        const groups = searchIndex(index, query);
        queryMs.push(performance.now() - started);
        if (r === 0) found += groups.reduce((sum, group) => sum + group.hits.length, 0);
      }
    }
    return {
      benchmark: "search",
      items: { count: all.length, kinds: Object.fromEntries(KINDS.map(([kind, count]) => [kind, count])) },
      buildMs: { median: round(median(buildMs)), samples: buildMs.map(round) },
      queryMs: { median: round(median(queryMs)), p95: round(p95(queryMs)), queries: QUERIES.length * rounds, resultsPerRound: found },
      memory: { heapMiB: round(heapBytes / 2 ** 20), jsonMiB: round(JSON.stringify(index).length / 2 ** 20), collected: globalThis.gc !== undefined },
      measured: "in Node, the worker's code: buildSearchIndex over every item (what searchIndexItems runs), searchIndex per query (what searchFind runs); not the items' trip to the worker",
    };
  } finally {
    await server.close();
  }
}
