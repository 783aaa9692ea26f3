// Reads a trace written by trace-chapter-reload.js and prints, for the page's main thread and the
// verification worker, each task between `from` and the end of the timed navigation (its start
// relative to the hash change, wall and CPU ms, what it ran: the trace's events and the functions
// V8's samples found in it), and per thread the functions that took the most time meanwhile.
// Usage: node bench/browser/trace-report.js <trace.json> [from: nav|settled|unlocked|start] [min task ms]
import { readFileSync } from "node:fs";

const [file, fromArg = "nav", minArg = "2"] = process.argv.slice(2);
const minUs = Number(minArg) * 1000;
const { timing, traceEvents: events } = JSON.parse(readFileSync(file, "utf8"));

const names = new Map();
for (const e of events) if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args.name);
const threadOf = (e) => `${e.pid}:${e.tid}`;
const runs = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask");
const countOf = new Map();
for (const e of runs) countOf.set(threadOf(e), (countOf.get(threadOf(e)) ?? 0) + 1);
const busiest = (name) =>
  [...names].filter(([, n]) => n === name).sort((a, b) => (countOf.get(b[0]) ?? 0) - (countOf.get(a[0]) ?? 0))[0]?.[0];
const main = busiest("CrRendererMain");
const mainPid = main.split(":")[0];
const workers = [...names].filter(([key, n]) => key.startsWith(`${mainPid}:`) && /Worker/.test(n)).map(([key]) => key);

const markTs = (name) => events.find((e) => e.name === name && e.cat?.includes("user_timing"))?.ts;
const nav = markTs("bench-nav");
if (nav === undefined) throw new Error("no mark bench-nav (the hash change) in the trace");
const from = fromArg === "nav" ? nav : fromArg === "start" ? Math.min(...runs.filter((e) => threadOf(e) === main).map((e) => e.ts)) : markTs(`bench-${fromArg}`);
const end = nav + timing.frameMs * 1000;
const ms = (us) => Math.round(us / 100) / 10;

// V8 samples per thread: Profile / ProfileChunk events (the cpu_profiler category).
const profiles = new Map();
for (const e of events) {
  if (e.ph !== "P" && e.ph !== "X") continue;
  if (e.name === "Profile") profiles.set(`${e.pid}:${e.id}`, { thread: threadOf(e), start: e.args.data.startTime, nodes: new Map(), samples: [] });
}
for (const e of events) {
  if (e.name !== "ProfileChunk") continue;
  const profile = profiles.get(`${e.pid}:${e.id}`);
  if (profile === undefined) continue;
  const data = e.args.data;
  for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    profile.last = (profile.last ?? profile.start) + deltas[i];
    profile.samples.push({ ts: profile.last, node: samples[i] });
  }
}
const frameName = (frame) => {
  if (!frame.url) return frame.functionName || "(anonymous)";
  return `${frame.functionName || "(anon)"} ${frame.url.split("/").pop().split("?")[0]}:${frame.lineNumber + 1}`;
};
const samplesByThread = new Map();
for (const profile of profiles.values()) {
  const stackOf = (id) => {
    const stack = [];
    for (let at = id; at !== undefined; at = profile.nodes.get(at)?.parent) {
      const node = profile.nodes.get(at);
      if (node === undefined) break;
      const name = frameName(node.callFrame);
      if (name !== "(root)") stack.push(name);
    }
    return stack;
  };
  const list = samplesByThread.get(profile.thread) ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    const s = profile.samples[i];
    const next = profile.samples[i + 1]?.ts ?? s.ts;
    const stack = stackOf(s.node);
    if (stack.length === 0 || stack[0] === "(idle)" || stack[0] === "(program)") continue;
    list.push({ ts: s.ts, weight: next - s.ts, stack });
  }
  samplesByThread.set(profile.thread, list.sort((a, b) => a.ts - b.ts));
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${name} ${ms(us)}`);

function functionsIn(thread, start, stop) {
  const inclusive = new Map();
  const self = new Map();
  for (const s of samplesByThread.get(thread) ?? []) {
    if (s.ts < start || s.ts >= stop) continue;
    self.set(s.stack[0], (self.get(s.stack[0]) ?? 0) + s.weight);
    for (const name of new Set(s.stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + s.weight);
  }
  return { inclusive, self };
}

const INTERESTING = new Set(["FunctionCall", "TimerFire", "FireAnimationFrame", "Layout", "UpdateLayoutTree", "Paint", "PrePaint", "EventDispatch", "v8.compile", "MinorGC", "MajorGC", "ParseHTML", "EvaluateScript", "v8.evaluateModule", "RunMicrotasks", "HandlePostMessage", "Commit", "ScheduleStyleRecalculation", "XHRReadyStateChange", "ResourceReceivedData"]);
function report(thread, label) {
  const tasks = runs.filter((e) => threadOf(e) === thread && e.ts + e.dur >= from && e.ts < end).sort((a, b) => a.ts - b.ts);
  const wall = tasks.reduce((n, t) => n + t.dur, 0);
  const cpu = tasks.reduce((n, t) => n + (t.tdur ?? 0), 0);
  console.log(`\n== ${label} (${names.get(thread)}) tasks ${tasks.length}, wall ${ms(wall)} ms, cpu ${ms(cpu)} ms, from ${ms(from - nav)} to ${ms(end - nav)} ms after the hash change`);
  for (const task of tasks) {
    if (task.dur < minUs) continue;
    const inside = events.filter((e) => threadOf(e) === thread && e.ph === "X" && INTERESTING.has(e.name) && e.ts >= task.ts && e.ts < task.ts + task.dur);
    const kinds = new Map();
    for (const e of inside) {
      const data = e.args?.data ?? {};
      const what = e.name === "EventDispatch" ? `event:${data.type}` : e.name === "FunctionCall" ? `call:${data.functionName || "(anon)"}` : e.name;
      kinds.set(what, (kinds.get(what) ?? 0) + e.dur);
    }
    const { inclusive, self } = functionsIn(thread, task.ts, task.ts + task.dur);
    console.log(`  @${ms(task.ts - nav)} wall ${ms(task.dur)} cpu ${ms(task.tdur ?? 0)} | ${top(kinds, 4).join(", ")}`);
    if (inclusive.size > 0) console.log(`      incl: ${top(inclusive, 8).join(" | ")}`);
    // The app's components (a capitalised name) that rendered in it, by inclusive time.
    const components = new Map([...inclusive].filter(([name]) => /^[A-Z][A-Za-z]+ index/.test(name)));
    if (components.size > 0) console.log(`      components: ${top(components, 14).join(" | ")}`);
    if (self.size > 0) console.log(`      self: ${top(self, 6).join(" | ")}`);
  }
  const { inclusive, self } = functionsIn(thread, from, end);
  console.log(`  -- over the window, inclusive: ${top(inclusive, 30).join("\n     ")}`);
  console.log(`  -- self: ${top(self, 20).join("\n     ")}`);
}

console.log(`timing: domMs ${timing.domMs}, frameMs ${timing.frameMs}, reads ${JSON.stringify(timing.workerReads)}`);
report(main, "page");
for (const worker of workers) report(worker, "worker");
