import { recordStoreContract } from "@chapterhouse/crdt/chokepoint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestPage } from "../helpers/build-test-page.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";

// crdt's RecordStore contract, run case by case in Chromium against the Dexie record store on
// real IndexedDB: each case registered here runs its same-named twin in the page.
let page: ServedApp;
let browser: TestBrowser;
let problems: string[];
const registered: string[] = [];

beforeAll(async () => {
  [page, browser] = await Promise.all([
    buildTestPage("record-store-contract").then((dir) => serveApp(dir, "/contract/")),
    launchBrowser("record-store"),
  ]);
  problems = collectConsoleProblems(browser.page);
  await browser.page.goto(page.url);
  await browser.page.waitForFunction(() => window.__recordStoreContract !== undefined);
});

afterAll(async () => {
  await browser?.close();
  await page?.close();
});

recordStoreContract(
  "the Dexie record store in Chromium",
  () => {
    throw new Error("the store lives in the page");
  },
  {
    describe,
    it: (name) => {
      registered.push(name);
      it(name, () => browser.page.evaluate((n) => window.__recordStoreContract!.run(n), name));
    },
  },
);

describe("the contract page", () => {
  it("ran the very cases registered here, with no console error", async () => {
    const names = await browser.page.evaluate(() => window.__recordStoreContract!.names);
    expect(names).toEqual(registered);
    expect(registered.length).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
  });
});
