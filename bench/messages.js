// Benchmark of the Messages screen in Debian's Chromium (issue 11: "a member with many
// conversations opens the Messages screen fast"), on the app built as the end-to-end tests build
// it, served by the project's relay, which holds the documents. A member (restored from a known
// recovery phrase, so the seed can seal to their box key) is in 2,000 conversations, each with one
// message from another member (PROTOCOL.md PVC: a lockbox sealed to both, an envelope, an
// invitation in the member's inbox). Timed from the hash change to the list's 50th conversation in
// the DOM and the next frame, with the main-thread tasks over 50 ms meanwhile: the first visit on
// this fresh device (every conversation new to it: the list shows the newest of the first slice it
// reads, then reads the others a slice at a time — the bell reads them too, as they arrive — until
// the device's index knows when each last had a message: `fullIndexMs`, from the hash change,
// polled every 2 s), then later visits (only the newest page is opened) and a visit after
// reloading the app.
// Each sample counts the Conversation documents read meanwhile (conversationsRead).
// Usage: node bench/run.js messages
/* global document, indexedDB, window -- functions handed to page.evaluate run in the page */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as A from "@automerge/automerge";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { messageDraft } from "@chapterhouse/crdt/chat";
import { conversationDocumentUrl, conversationGenesis, inboxDocumentUrl, inboxGenesis, newConversation, sealInvitation } from "@chapterhouse/crdt/conversations";
import { CONVERSATION_DOCUMENT, INBOX_DOCUMENT } from "@chapterhouse/crdt/documents";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { identityFromPhrase, phraseFromEntropy } from "@chapterhouse/crdt/identity";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { newScopeKey, scopeKeyDraft, sealEnvelope, sealLockbox } from "@chapterhouse/crdt/private";
import { goHome, launchChromium, openApp, reloadAndUnlock, timeNavigation } from "./browser/app-steps.js";
import { buildApp } from "./browser/build-app.js";
import { withMainThreadTasks } from "./browser/main-thread-tasks.js";
import { SeedDocuments } from "./browser/seed-documents.js";

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;
const FIRST_SCREEN = 50;
const random = (length) => globalThis.crypto.getRandomValues(new Uint8Array(length));
const identityOf = (label) => identityFromPhrase(phraseFromEntropy(new Uint8Array(createHash("sha256").update(`chapterhouse-bench-messages\n${label}`).digest()).slice(0, 16)));

/** `count` conversations between `member` and `other`, each with one message from `other`, and the member's inbox naming them all. */
async function seedConversations(member, other, count) {
  const documents = new SeedDocuments();
  const recipients = [
    { member: member.publicKey, box: toBase64url(member.boxKeyPair.publicKey) },
    { member: other.publicKey, box: toBase64url(other.boxKeyPair.publicKey) },
  ];
  const invitations = [];
  for (let i = 0; i < count; i++) {
    const conversation = newConversation(other.publicKey, random);
    const scopeKey = newScopeKey(random);
    const keys = await signDraft(other.signer, scopeKeyDraft({ scope: conversation.scope, scopeKey, recipients }, random), T0 + i * MINUTE);
    const message = await signDraft(other.signer, messageDraft({ scope: conversation.scope, text: `Message ${i + 1}: are you coming on Thursday?` }), T0 + i * MINUTE + 1);
    const url = documents.create(CONVERSATION_DOCUMENT, () => A.load(conversationGenesis()), conversationDocumentUrl(conversation.scope));
    documents.put(url, "keys", [sealLockbox(keys, conversation.scope, scopeKey, random(24))]);
    documents.put(url, "messages", [sealEnvelope(message, conversation.scope, scopeKey, random(24))]);
    invitations.push(sealInvitation(conversation, member.boxKeyPair.publicKey, random(32)));
  }
  const inbox = documents.create(INBOX_DOCUMENT, () => A.load(inboxGenesis()), inboxDocumentUrl(recipients[0].box));
  documents.put(inbox, "invitations", invitations);
  return documents;
}

/** Restores the member's identity from its phrase the way a member does, naming the relay. */
async function restoreIdentity(page, phrase, name, passphrase, relayUrl) {
  await page.getByRole("link", { name: "Restore from a recovery phrase" }).first().click();
  await page.getByLabel("Recovery phrase").fill(phrase);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("New passphrase for this device").fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByLabel("Sync server address (optional)").fill(relayUrl);
  await page.getByRole("button", { name: "Restore identity" }).click();
  await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
}

/** How many conversations the device's conversation index holds (rows of the local database's settings). */
function indexedCount(page) {
  return page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n.endsWith("-local"));
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = reject;
    });
    const keys = await new Promise((resolve) => {
      const request = db.transaction("settings").objectStore("settings").getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return keys.filter((key) => String(key).startsWith("messagesNewest ")).length;
  });
}

/**
 * The main-thread tasks over 50 ms since `since` (the page's clock): the longest, how many, and
 * the scripts of the animation frame that blocked longest (Chromium's attribution).
 */
function longTasksSince(page, since) {
  return page.evaluate((since) => {
    const tasks = window.__benchLongTasks.filter((t) => t.start >= since).map((t) => Math.round(t.duration));
    const frames = window.__benchLongFrames.filter((f) => f.start >= since).sort((a, b) => b.blockingMs - a.blockingMs);
    return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, longestFrame: frames[0] === undefined ? null : { blockingMs: Math.round(frames[0].blockingMs), scripts: frames[0].scripts.filter((script) => script.ms >= 5) } };
  }, since);
}

/** Waits (on the Messages screen) until the device's conversation index holds `count` conversations; the ms it took. */
async function untilIndexed(page, count, timeoutMs = 1_800_000) {
  const started = Date.now();
  while ((await indexedCount(page)) < count) {
    if (Date.now() - started > timeoutMs) throw new Error(`the index held ${await indexedCount(page)} of ${count} conversations after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  return Date.now() - started;
}

export async function run({ conversations = 2_000, navigations = 5 } = {}) {
  const log = (text) => process.stderr.write(`bench messages: ${text}\n`);
  const cleanup = [];
  try {
    const member = identityOf("member");
    log(`sealing ${conversations} conversations…`);
    const seed = await seedConversations(member, identityOf("other"), conversations);
    const saved = seed.save();
    const appDir = await buildApp();
    cleanup.push(() => rm(appDir, { recursive: true, force: true }));
    const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-relay-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: appDir, logger: silentLogger });
    cleanup.unshift(() => relay.close());
    const seededBytes = seed.importInto(relay.repo, saved);
    const appUrl = `http://127.0.0.1:${relay.port}/`;
    const browser = await launchChromium();
    cleanup.unshift(() => browser.close());
    const { page } = browser;
    page.setDefaultTimeout(300_000);
    await openApp(page, appUrl);
    await restoreIdentity(page, member.revealPhrase(), "Bench", "bench passphrase", relay.url);
    const ready = [["ul.messages-list", FIRST_SCREEN]];
    // conversationsRead: Conversation documents the screen asked the worker to read meanwhile (one `conversationSeals` each).
    const sample = (timing) => ({ domMs: timing.domMs, frameMs: timing.frameMs, longestTaskMs: Math.max(0, ...timing.longTasks), longTasks: timing.longTasks.length, conversationsRead: timing.workerReads.filter((read) => read.type === "conversationSeals").length });
    log("opening Messages…");
    const navigated = Date.now();
    const pageNavigated = await page.evaluate(() => performance.now());
    const { result: [first, shown, fullIndexMs], tasks: indexingCpu } = await withMainThreadTasks(
      page,
      async () => {
        const first = sample(await timeNavigation(page, "#/messages", ready));
        const shown = await page.evaluate(() => document.querySelectorAll("ul.messages-list > li").length);
        log("waiting until every conversation has reached the device and is in its index…");
        await untilIndexed(page, conversations);
        return [first, shown, Date.now() - navigated];
      },
      { scripts: false },
    );
    const indexing = { ...(await longTasksSince(page, pageNavigated)), cpu: indexingCpu };
    const visits = [];
    for (let i = 0; i < navigations; i++) {
      await goHome(page);
      visits.push(sample(await timeNavigation(page, "#/messages", ready)));
    }
    await reloadAndUnlock(page, appUrl, "bench passphrase", []);
    await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
    const reloaded = sample(await timeNavigation(page, "#/messages", ready));
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return {
      benchmark: "messages",
      chromium: browser.version,
      conversations: { count: conversations, relayBytes: seededBytes, shown },
      measured: `hash change -> the ${FIRST_SCREEN}th conversation of the Messages screen in the DOM (domMs) and the next animation frame (frameMs); long tasks: main-thread tasks over 50 ms that started meanwhile`,
      firstVisit: { firstPageMs: first.frameMs, fullIndexMs, ...first, what: "a fresh device, every conversation new to it: the first page shows the newest of a slice read from the relay (conversationsRead), the rest are read a slice at a time until the index holds them all (fullIndexMs)" },
      whileIndexing: { ...indexing, what: "main-thread tasks over 50 ms from the hash change until the index held every conversation (every invitation and lockbox seal opened meanwhile), the scripts of the frame that blocked longest, and Chromium's account of the tasks meanwhile (cpu: the longest by CPU time, apart from the wait for a core a loaded machine adds; the load average)" },
      revisit: { frameMs: median(visits.map((v) => v.frameMs)), domMs: median(visits.map((v) => v.domMs)), longestTaskMs: Math.max(...visits.map((v) => v.longestTaskMs)), samples: visits, what: "the device's conversation index known: the newest 50 opened" },
      afterReload: { ...reloaded, what: "the app reloaded and unlocked: the index read from the device's database, the newest 50 opened from local storage" },
      problems: browser.problems.filter((p) => !/relay\.json/.test(p)).slice(0, 20),
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}
