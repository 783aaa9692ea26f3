// The page's main-thread tasks as Chromium accounts for them (a trace's RunTask events): each
// task's wall time (`dur`) and the CPU time its thread had meanwhile (`tdur`). On a loaded machine
// a task's wall time is stretched by the time the thread waited for a core (a 2-core machine at a
// load of 14 stretched tasks about 3 times); its CPU time is what the page itself spent.
import { loadavg } from "node:os";


/**
 * Runs `during()` while Chromium traces `page`, and resolves with its result and the page's
 * main-thread tasks meanwhile: the longest by CPU time (`longestCpuMs`, with its wall time and the
 * script or event that ran longest in it), how many took over 50 ms of CPU and of wall time, the ratio of wall to
 * CPU time over all tasks, and the machine's load average (1 minute) before and after.
 * `scripts: false` traces tasks only, not the scripts in them (for minutes of tracing: a smaller trace).
 */
export async function withMainThreadTasks(page, during, { scripts = true } = {}) {
  const loadBefore = loadavg()[0];
  const { result, events } = await traced(page, during, scripts ? ["toplevel", "devtools.timeline"] : ["toplevel"]);
  return { result, tasks: { ...summarise(events), load: [round(loadBefore), round(loadavg()[0])] } };
}

/** Runs `during()` while Chromium traces `page` in `categories`; resolves with its result and the trace's events. */
export async function traced(page, during, categories) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: categories }, transferMode: "ReportEvents" });
  let result;
  try {
    result = await during();
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return { result, events };
}

const round = (value) => Math.round(value * 10) / 10;

function summarise(events) {
  // The page's main thread: the renderer main thread that ran the most tasks.
  const runs = events.filter((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask");
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const count = (thread) => runs.filter((e) => e.pid === thread.pid && e.tid === thread.tid).length;
  const main = mains.sort((a, b) => count(b) - count(a))[0];
  if (main === undefined) return { longestCpuMs: null };
  const tasks = runs.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const longest = tasks.reduce((a, b) => ((b.tdur ?? 0) > (a?.tdur ?? -1) ? b : a), undefined);
  const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0);
  const wall = tasks.reduce((sum, t) => sum + t.dur, 0);
  return {
    longestCpuMs: longest === undefined ? 0 : round(longest.tdur / 1000),
    longestWallMs: longest === undefined ? 0 : round(longest.dur / 1000),
    longestRan: longest === undefined ? null : ranLongest(events, main, longest),
    overFiftyCpu: tasks.filter((t) => (t.tdur ?? 0) > 50_000).length,
    overFiftyWall: tasks.filter((t) => t.dur > 50_000).length,
    wallPerCpu: cpu === 0 ? null : round(wall / cpu),
  };
}

/** What ran longest in `task`: its script call (function, file, line) or event dispatch that had the most CPU time. */
function ranLongest(events, thread, task) {
  const inside = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && (e.name === "FunctionCall" || e.name === "EventDispatch") && e.ts >= task.ts && e.ts < task.ts + task.dur,
  );
  const longest = inside.reduce((a, b) => ((b.tdur ?? 0) > (a?.tdur ?? -1) ? b : a), undefined);
  if (longest === undefined) return null;
  const data = longest.args?.data ?? {};
  return longest.name === "EventDispatch" ? `event ${data.type}` : `${data.functionName || "(anonymous)"} ${String(data.url ?? "").split("/").pop()}:${data.lineNumber}`;
}
