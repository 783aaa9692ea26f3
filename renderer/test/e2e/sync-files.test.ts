/**
 * Sync by file between two browsers that share no network path at all (PROTOCOL.md B, DESIGN.md
 * §7 Files): alice exports her organisation to a file from the app (the download is captured),
 * bob, on a fresh profile with no relay, imports it. A truncated copy is refused whole first.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeDocumentBundle } from "@chapterhouse/crdt/bundle";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../helpers/build-app.js";
import { collectConsoleProblems } from "../helpers/console-problems.js";
import { chooseOption } from "../helpers/choose-option.js";
import { createIdentityInApp } from "../helpers/create-identity-in-app.js";
import { expectAccessible } from "../helpers/expect-accessible.js";
import { launchBrowser, type TestBrowser } from "../helpers/launch-browser.js";
import { openApp } from "../helpers/open-app.js";
import { listedMemberKeys, openChapterSection, startOrganisationInApp } from "../helpers/organisation-in-app.js";
import { screenshotFolder } from "../helpers/screenshot-folder.js";
import { serveApp, type ServedApp } from "../helpers/serve-app.js";

const screenshots = screenshotFolder();

/** Keys of the app's automerge-repo IndexedDB store that belong to `documentId`. */
function storedChunks(page: Page, documentId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((done, fail) => {
        const request = indexedDB.open("chapterhouse-documents");
        request.onerror = () => fail(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction("documents").objectStore("documents").getAllKeys();
          keys.onerror = () => fail(new Error(String(keys.error)));
          keys.onsuccess = () => {
            db.close();
            done(keys.result.filter((key) => Array.isArray(key) && key[0] === id).length);
          };
        };
      }),
    documentId,
  );
}

/** Chooses `file` in the import's file picker. */
async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import from file…" }).click();
  await (await chooser).setFiles(file);
}

describe("sync by file between two browsers with no relay", () => {
  let app: ServedApp;
  let alice: TestBrowser;
  let bob: TestBrowser;
  let files = "";
  let bundle = "";
  let truncated = "";
  let organisation = "";
  let aliceKey = "";
  const problems: string[][] = [];

  beforeAll(async () => {
    [app, alice, bob, files] = await Promise.all([
      buildApp().then((dir) => serveApp(dir)),
      launchBrowser("alice"),
      launchBrowser("bob"),
      mkdtemp(join(tmpdir(), "chapterhouse-files-")),
    ]);
    problems.push(collectConsoleProblems(alice.page), collectConsoleProblems(bob.page));
    await mkdir(screenshots, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()]);
    await app?.close();
    if (files !== "") await rm(files, { recursive: true, force: true });
  });

  it("[B1] alice exports her organisation from the app: a download named after it, holding its Organisation and Chapter documents", async () => {
    const { page } = alice;
    await openApp(page, app.url);
    await createIdentityInApp(page, "Alice", "alice passphrase");
    organisation = await startOrganisationInApp(page, "Riverside Tenants");
    aliceKey = (await page.evaluate(() => window.__chapterhouseTest!.memberKey())) ?? "";
    await page.getByRole("link", { name: "Found a sub-chapter" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Old Quay");
    await chooseOption(page, /Level/, "Neighbourhood");
    await page.getByRole("button", { name: "Found chapter" }).click();
    await page.getByRole("heading", { level: 1, name: "Old Quay" }).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sync by file" }).click();
    await page.getByRole("heading", { level: 1, name: "Sync by file" }).waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export to file: Riverside Tenants" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("Riverside Tenants.chapterhouse");
    bundle = join(files, file.suggestedFilename());
    await file.saveAs(bundle);
    await page.getByText("Saved Riverside Tenants.chapterhouse: 1 organisation and 2 chapters.").waitFor();
    await expectAccessible(page, "sync by file, exported");

    const bytes = new Uint8Array(await readFile(bundle));
    const documents = decodeDocumentBundle(bytes);
    expect(documents.map((d) => d.documentId)).toContain(organisation);
    expect(documents).toHaveLength(3);
    truncated = join(files, "Riverside Tenants (cut short).chapterhouse");
    await writeFile(truncated, bytes.subarray(0, bytes.length - 100));
  }, 90_000);

  it("[B4] bob, on a fresh profile with no relay, is refused a truncated copy with its reason, and nothing in his app changes", async () => {
    const { page } = bob;
    await openApp(page, app.url);
    await createIdentityInApp(page, "Bob", "bob passphrase");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sync by file" }).click();
    await page.getByRole("heading", { level: 1, name: "Sync by file" }).waitFor();
    await importFile(page, truncated);
    const refused = page.getByTestId("import-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/Riverside Tenants \(cut short\)\.chapterhouse was not imported: it is damaged or is not a Chapterhouse file\. Nothing on this device changed\./);
    // The file's own reason, in the details.
    await refused.getByRole("button", { name: "Details" }).click();
    await refused.getByText(/bundle refused \(truncated\): the file ends inside document /).waitFor();
    await expectAccessible(page, "sync by file, refused");
    expect(await storedChunks(page, organisation)).toBe(0);
    await page.goto(`${app.url}#/org/${organisation}`);
    await page.getByText("This organisation is not on this device yet").waitFor();
  }, 90_000);

  it("[B5] bob imports the whole file: every document is new, and the app reads the organisation's chapters and roster from it", async () => {
    const { page } = bob;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sync by file" }).click();
    await importFile(page, bundle);
    const result = page.getByTestId("import-result");
    await result.getByText("Imported Riverside Tenants.chapterhouse: 3 documents, 3 new, 0 updated, 0 unchanged.").waitFor({ timeout: 30_000 });
    await result.getByRole("link", { name: "Open Riverside Tenants" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(screenshots, "sync-file.png"), fullPage: true });
    expect(await storedChunks(page, organisation)).toBeGreaterThan(0);

    await result.getByRole("link", { name: "Open Riverside Tenants" }).click();
    await page.getByRole("heading", { level: 1, name: "Riverside Tenants" }).waitFor();
    await page.getByRole("list", { name: "Sub-chapters" }).getByRole("link", { name: "Old Quay" }).waitFor({ timeout: 20_000 });
    await openChapterSection(page, "Members");
    await page.getByRole("list", { name: "Members of Riverside Tenants" }).waitFor({ timeout: 20_000 });
    expect(await listedMemberKeys(page, "Members of Riverside Tenants")).toEqual([aliceKey]);
    const [ours, theirs] = await Promise.all(
      [alice.page, bob.page].map((p) => p.evaluate((o) => window.__chapterhouseTest!.roster(o), organisation)),
    );
    expect(theirs).not.toBeNull();
    expect(theirs).toBe(ours);

    // Importing the same file again changes nothing.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sync by file" }).click();
    await importFile(page, bundle);
    await page.getByText("Imported Riverside Tenants.chapterhouse: 3 documents, 0 new, 0 updated, 3 unchanged.").waitFor();
    expect(problems).toEqual([[], []]);
  }, 90_000);
});
