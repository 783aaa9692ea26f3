// Driving the built app in Debian's Chromium for the renderer bench, the way the end-to-end
// tests do (renderer/test/helpers: launch-browser, create-identity-in-app, the join flow of
// membership.test.ts), plus the in-page timing: a long-task observer installed before any page
// loads, and navigations timed from the hash change to the moment the screen shows what it must.
/* global window, document, MutationObserver, requestAnimationFrame -- functions handed to page.evaluate run in the page */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Runs in the page before its own scripts, on every load: records main-thread tasks over 50 ms
 * (`__benchLongTasks`), and every call the page makes to the verification worker's handler map
 * (comlink's `APPLY` messages, renderer/src/shared/worker/worker-client.ts): the handler's name,
 * when it was sent, how long `postMessage` held the main thread (structured cloning of the input),
 * when the answer came and how long reading it held the main thread (deserialising it:
 * `receiveMs`) (`__benchWorkerReads`).
 */
function instrumentPage() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // What ran in each long animation frame (Chromium's attribution): each script's entry point
  // (a WebSocket message: the Repo applying a sync message; a worker's answer; React's scheduler)
  // and its milliseconds.
  window.__benchLongFrames = [];
  if (PerformanceObserver.supportedEntryTypes?.includes("long-animation-frame"))
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchLongFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          blockingMs: entry.blockingDuration,
          scripts: entry.scripts.map((script) => ({ invoker: script.invoker, ms: Math.round(script.duration), layoutMs: Math.round(script.forcedStyleAndLayoutDuration) })),
        });
    }).observe({ type: "long-animation-frame", buffered: true });
  window.__benchWorkerReads = [];
  const NativeWorker = window.Worker;
  if (NativeWorker === undefined) return;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      const pending = new Map();
      this.addEventListener("message", (event) => {
        // The first read of `event.data` deserialises the message (on this thread): timed.
        const received = performance.now();
        const data = event.data;
        const receiveMs = performance.now() - received;
        const entry = pending.get(data?.id);
        if (entry === undefined) return;
        pending.delete(data.id);
        entry.end = performance.now();
        entry.answer = data.type;
        entry.receiveMs = receiveMs;
      });
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (typeof message?.id !== "string" || message.type !== "APPLY") return post(message, ...rest);
        const start = performance.now();
        post(message, ...rest);
        const entry = {
          type: (message.path ?? []).join("."),
          start,
          postMs: performance.now() - start,
          end: undefined,
          answer: undefined,
          receiveMs: undefined,
        };
        pending.set(message.id, entry);
        window.__benchWorkerReads.push(entry);
      };
    }
  };
}

/**
 * Chromium with a fresh profile (removed on close) and one page, the long-task observer installed
 * in every page of its `context`; `args`: more switches (e.g. `--host-resolver-rules=…`).
 * Collects uncaught page errors and console errors of the first page in `problems`.
 */
export async function launchChromium({ args = [] } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...args],
    headless: true,
    viewport: { width: 1100, height: 720 },
  });
  await context.addInitScript(instrumentPage);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    version: context.browser()?.version() ?? "",
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the app at `url` and resolves once the shell and the test hooks are there. */
export async function openApp(page, url) {
  await page.goto(`${url}#/`);
  await page.waitForFunction(() => window.__chapterhouseTest !== undefined);
  await page.getByRole("region", { name: "Sync status" }).waitFor();
}

/** Creates an identity as a member does (name, passphrase, the phrase's words typed back). */
export async function createIdentity(page, name, passphrase) {
  await page.getByRole("link", { name: "Create your identity" }).first().click();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Passphrase for this device").fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Create identity" }).click();
  const list = page.getByRole("list", { name: "Recovery phrase" });
  await list.waitFor();
  const words = (await list.locator(".phrase-word").allTextContents()).map((w) => w.trim());
  await page.getByRole("button", { name: "I have written them down" }).click();
  const inputs = page.getByLabel(/^Word \d+$/);
  await inputs.first().waitFor();
  for (const input of await inputs.all()) {
    const id = await input.getAttribute("id");
    const label = await page.locator(`label[for="${id}"]`).textContent();
    await input.fill(words[Number(/Word (\d+)/.exec(label ?? "")?.[1]) - 1]);
  }
  await page.getByRole("button", { name: "Confirm" }).click();
  await list.waitFor({ state: "detached" });
}

/**
 * Opens an invite link (`join` from the seed, `relay` its relay) and joins; resolves on the
 * chapter page with the milliseconds from the click on "Join" to its heading.
 */
export async function joinWithLink(page, appUrl, relay, join, chapterName, timeoutMs = 300_000) {
  const query = new URLSearchParams({ ...join, r: relay }).toString();
  await page.goto(`${appUrl}#/join?${query}`);
  await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
  const started = Date.now();
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: chapterName }).waitFor({ timeout: timeoutMs });
  return Date.now() - started;
}

/**
 * Reloads the app afresh at `#/`, unlocks the identity, and waits until Home lists the
 * organisations named `names`: an organisation opened before the Home document is read would be
 * opened without its root chapter (MemberSpace.organisation keeps the first session it made).
 */
export async function reloadAndUnlock(page, url, passphrase, names) {
  await page.goto("about:blank");
  await openApp(page, url);
  await page.getByLabel("Passphrase").fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  const list = page.getByRole("list", { name: "Organisations" });
  for (const name of names) await list.getByRole("link", { name }).waitFor({ timeout: 60_000 });
}

/** Goes to the Home screen (`#/`) and waits for it. */
export async function goHome(page) {
  await page.evaluate(() => (window.location.hash = "#/"));
  await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
}

/**
 * Waits until the organisation (its document id) has been read afresh, then until the page's main
 * thread has had no long task for `quietMs` (at most `timeoutMs`), so a timing starts from rest.
 */
export async function settle(page, organisations, { quietMs = 1000, timeoutMs = 60_000 } = {}) {
  for (const organisation of organisations)
    await page.evaluate((o) => window.__chapterhouseTest.readOrganisation(o), organisation);
  await page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          const last = window.__benchLongTasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
          if (
            performance.now() - Math.max(last, started) >= quietMs ||
            performance.now() - started > timeoutMs
          )
            resolve();
          else setTimeout(check, 100);
        };
        check();
      }),
    { quietMs, timeoutMs },
  );
}

/**
 * Times, in the page, from when `act()` (run in Node) begins until every `ready` condition holds:
 * `[selector, minChildren, count]` — an element matches `selector`, (unless `minChildren` is null)
 * has at least that many child elements and (when `count` is given) shows that number (its
 * digits, whatever the grouping).
 * Resolves with `domMs` (the first DOM state where all hold, seen by a MutationObserver),
 * `frameMs` (the next animation frame: the screen shows it), the long tasks that started in
 * between, the animation frames that blocked meanwhile with the scripts that ran in them (entry
 * point and ms, those of 5 ms or more), and the reads sent to the verification worker meanwhile
 * (type, when, main-thread ms of the send, ms to the answer). Rejects after `timeoutMs`.
 */
export async function timeUntil(page, ready, act, timeoutMs = 300_000) {
  await page.evaluate(
    ({ ready, timeoutMs }) => {
      window.__benchUntil = new Promise((resolve, reject) => {
        const holds = () =>
          ready.every(([selector, minChildren, count]) => {
            const element = document.querySelector(selector);
            return (
              element !== null &&
              (minChildren === null || element.childElementCount >= minChildren) &&
              (count === undefined || Number(element.textContent.replace(/\D/g, "")) === count)
            );
          });
        const started = performance.now();
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${JSON.stringify(ready)}`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (!holds()) return;
          observer.disconnect();
          clearTimeout(timer);
          const dom = performance.now();
          requestAnimationFrame(() => {
            const frame = performance.now();
            // Long tasks are reported after they end: give the observer a moment to deliver them.
            setTimeout(() => {
              const tasks = window.__benchLongTasks
                .filter((t) => t.start >= started && t.start < frame)
                .map((t) => Math.round(t.duration));
              const frames = window.__benchLongFrames
                .filter((f) => f.start >= started && f.start < frame && f.blockingMs > 0)
                .map((f) => ({ blockingMs: Math.round(f.blockingMs), scripts: f.scripts.filter((script) => script.ms >= 5) }));
              const reads = window.__benchWorkerReads
                .filter((r) => r.start >= started && r.start < frame)
                .map((r) => ({
                  type: r.type,
                  atMs: Math.round(r.start - started),
                  postMs: Math.round(r.postMs),
                  ms: r.end === undefined ? null : Math.round(r.end - r.start),
                  receiveMs: r.receiveMs === undefined ? null : Math.round(r.receiveMs),
                }));
              resolve({
                domMs: Math.round(dom - started),
                frameMs: Math.round(frame - started),
                longTasks: tasks,
                longFrames: frames,
                workerReads: reads,
              });
            }, 200);
          });
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
      });
      window.__benchUntil.catch(() => undefined); // awaited below
    },
    { ready, timeoutMs },
  );
  await act();
  return page.evaluate(() => window.__benchUntil);
}

/** Sets `location.hash` to `hash` and times it as `timeUntil` does. */
export function timeNavigation(page, hash, ready, timeoutMs = 300_000) {
  return timeUntil(
    page,
    ready,
    () =>
      page.evaluate((h) => {
        window.location.hash = h;
      }, hash),
    timeoutMs,
  );
}

/**
 * The floor of showing `count` rows in this page: the same kind of list (a link, a badge and a
 * muted line per row) built with the DOM API, laid out, and removed. Milliseconds.
 */
export async function listFloor(page, count) {
  return page.evaluate((count) => {
    const started = performance.now();
    const list = document.createElement("ul");
    list.className = "card-list proposal-list";
    for (let i = 0; i < count; i++) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#/floor/${i}`;
      link.textContent = `Proposal ${i + 1}: the floor`;
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = "deliberation";
      const muted = document.createElement("span");
      muted.className = "muted";
      muted.textContent = " by a member · 1 January 2026";
      item.append(link, " ", badge, muted);
      list.append(item);
    }
    document.body.append(list);
    void list.getBoundingClientRect().height;
    const ms = performance.now() - started;
    list.remove();
    return Math.round(ms * 10) / 10;
  }, count);
}

/** What Settings says about verification: the signature backend and where it runs. */
export async function appVerification(page) {
  await page.evaluate(() => (window.location.hash = "#/settings"));
  const backend = page.getByTestId("verifier-backend");
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="verifier-backend"]')?.textContent ?? "…") !== "…",
  );
  const runs = page.getByText("Verification runs").locator("xpath=following-sibling::dd[1]");
  return {
    signatureChecks: (await backend.textContent())?.trim() ?? "",
    runs: (await runs.textContent())?.trim() ?? "",
  };
}
