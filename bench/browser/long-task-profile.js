// What ran in the page's long main-thread tasks, by function: Chromium traces the page's tasks
// (a trace's RunTask events) while V8's sampling profiler records its stacks; the samples taken
// inside each task over the threshold are summed by function (inclusive: a function counted once
// per sample whatever its depth; self: the frame on top). Both clocks are the browser's monotonic
// clock, in microseconds. Function names are readable when the app is built unminified
// (`buildApp({ minify: false })`).

/** A frame's name: function, file and line (1-based), or V8's own label ("(garbage collector)"). */
function frameName(frame) {
  // A script without a URL: V8's own labels (script 0), or one evaluated in the page (the bench's
  // init script, whose Worker wrapper is where a worker's answer is deserialised: `event.data`).
  if (frame.url === "") return frame.scriptId === "0" ? frame.functionName || "(anonymous)" : `${frame.functionName || "(anonymous)"} script ${frame.scriptId}:${frame.lineNumber + 1}`;
  const file = frame.url.split("/").pop().split("?")[0];
  return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
}

const round = (value) => Math.round(value * 10) / 10;

/** The `count` largest entries of a Map of name -> microseconds, as [name, ms]. */
function largest(map, count) {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => [name, round(us / 1000)]);
}

/**
 * Runs `during()` while the page is traced and profiled; resolves with its result and `longTasks`:
 * each main-thread task over `thresholdMs` (wall) or over `cpuThresholdMs` (CPU: on a loaded
 * machine a task's wall time is mostly waiting for a core) with its start (ms after the first
 * traced event), wall and CPU ms, and the functions that held it longest (inclusive and self ms); and
 * `byFunction`: the inclusive ms of each function summed over all those tasks (the largest 40).
 */
export async function withLongTaskProfile(page, during, { thresholdMs = 50, cpuThresholdMs = Infinity, intervalUs = 500, perTask = 12 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => {
    for (const event of value) if (event.ph === "X" || event.ph === "M") events.push(event);
  });
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "__metadata"] }, transferMode: "ReportEvents" });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  let result;
  let profile;
  try {
    result = await during();
  } finally {
    ({ profile } = await cdp.send("Profiler.stop"));
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach();
  }
  return { result, ...attribute(events, profile, thresholdMs, cpuThresholdMs, perTask) };
}

function attribute(events, profile, thresholdMs, cpuThresholdMs, perTask) {
  const runs = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask");
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const count = (thread) => runs.filter((e) => e.pid === thread.pid && e.tid === thread.tid).length;
  const main = mains.sort((a, b) => count(b) - count(a))[0];
  if (main === undefined) return { longTasks: [], byFunction: [] };
  const tasks = runs.filter((e) => e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts);
  const origin = tasks[0]?.ts ?? 0;
  const long = tasks.filter((t) => t.dur > thresholdMs * 1000 || (t.tdur ?? 0) > cpuThresholdMs * 1000);

  // Each sample: its time and its stack of frame names (top first), idle and program samples skipped.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stacks = new Map();
  const stackOf = (id) => {
    let stack = stacks.get(id);
    if (stack !== undefined) return stack;
    stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(nodes.get(at).callFrame);
      if (name !== "(root)") stack.push(name);
    }
    stacks.set(id, stack);
    return stack;
  };
  const samples = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const stack = stackOf(profile.samples[i]);
    if (stack.length === 0 || stack[0] === "(idle)" || stack[0] === "(program)") continue;
    samples.push({ time, stack, weight: profile.timeDeltas[i + 1] ?? 0 });
  }

  const total = new Map();
  let at = 0;
  const longTasks = long.map((task) => {
    const inclusive = new Map();
    const self = new Map();
    while (at < samples.length && samples[at].time < task.ts) at++;
    for (let i = at; i < samples.length && samples[i].time < task.ts + task.dur; i++) {
      const { stack, weight } = samples[i];
      self.set(stack[0], (self.get(stack[0]) ?? 0) + weight);
      for (const name of new Set(stack)) {
        inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
        total.set(name, (total.get(name) ?? 0) + weight);
      }
    }
    return {
      atMs: round((task.ts - origin) / 1000),
      wallMs: round(task.dur / 1000),
      cpuMs: task.tdur === undefined ? null : round(task.tdur / 1000),
      inclusive: largest(inclusive, perTask),
      self: largest(self, perTask),
    };
  });
  return { longTasks, byFunction: largest(total, 40) };
}
