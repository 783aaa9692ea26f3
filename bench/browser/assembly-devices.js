// The check-in of bench/assembly.js on the devices of the room (issue 13: "time until the quorum
// panel shows all, on every device"), in Debian's Chromium, on the app built as the end-to-end
// tests build it, served with its relay by the project's relay in Node (what the desktop's
// meeting host runs). A chapter of N members: a seeded founder and N − 3 seeded members, and two
// members who join with an invite from the app, each on its own origin (its own storage): the
// chair on the host's loopback address (a secure context, WebCrypto: the organiser's desktop
// page) and a phone on a made-up host name mapped to 127.0.0.1 (`--host-resolver-rules`: plain
// http, no WebCrypto, tweetnacl), as a phone on the room's Wi-Fi. The assembly is convened by the
// founder with the chair among its chairs, and N − 2 check-ins are in its Assembly document; the
// chair checks in (N − 1). Timed, `rounds` times: from the phone's press on "Check in" to the
// chair's presence panel showing all N, and to the phone's own showing all N; between rounds the
// phone checks out and both panels show N − 1 again.
/* global window, document -- functions handed to page.evaluate run in the page */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as A from "@automerge/automerge";
import { parseAutomergeUrl } from "@automerge/automerge-repo";
import { assemblyDocumentUrl, assemblyDraft, assemblyGenesis, attendanceDraft } from "@chapterhouse/crdt/assemblies";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT, addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { toBase64url } from "@chapterhouse/crdt/encoding";
import { eventDraft } from "@chapterhouse/crdt/events";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { FACILITATOR, admitDraft, inviteDraft, roleDraft } from "@chapterhouse/crdt/membership";
import { signRecord } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { silentLogger, startRelay } from "@chapterhouse/sync-server";
import { createIdentity, launchChromium, openApp, timeNavigation, timeUntil } from "./app-steps.js";
import { buildApp } from "./build-app.js";
import { SeedDocuments } from "./seed-documents.js";

const HOST = "meeting.chapterhouse.test";
const CHAPTER_NAME = "Assembly bench";
/** 2100-01-01: the invite outlives any bench run. */
const INVITE_EXPIRES = 4_102_444_800_000;
/** The presence panel's first value: the number of members in the room (renderer/src/features/assemblies/PresenceCard.tsx). */
const IN_ROOM = ".assembly-presence dd";

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const inRoom = (count) => [[IN_ROOM, null, count]];

/**
 * Joins with the invite as a member does on a slow phone: the join page gives up waiting for the
 * invite after INVITE_WAIT_MS (a 500-member chapter checked with tweetnacl on a busy machine can
 * take longer), says so, and the member presses "Try again". Resolves with the presses and the
 * milliseconds from the first to the chapter page.
 */
async function joinPatiently(page, app, relay, join, presses = 10) {
  await page.goto(`${app}#/join?${new URLSearchParams({ ...join, r: relay }).toString()}`);
  await page.getByRole("heading", { level: 1, name: "Join a chapter" }).waitFor();
  const started = Date.now();
  const joined = page.getByRole("heading", { level: 1, name: CHAPTER_NAME });
  const notYet = page.getByText("The invite has not reached this device yet.");
  for (let press = 1; press <= presses; press++) {
    await page.getByRole("button", { name: press === 1 ? "Join" : "Try again", exact: true }).click();
    await joined.or(notYet).waitFor();
    if (await joined.isVisible()) return { presses: press, ms: Date.now() - started };
  }
  throw new Error(`the invite did not reach the device after ${presses} presses`);
}

/** What a timed sample keeps: its times and its long tasks. */
const sample = ({ domMs, frameMs, longTasks }) => ({ domMs, frameMs, longestTaskMs: Math.max(0, ...longTasks) });

/**
 * Runs the check-in on the devices. `founder` and `people` are seeded signers (WebCrypto), `t0`
 * the seed's clock, `seed(label)` 32 seeded bytes. Resolves with the figures.
 */
export async function checkInOnDevices({ founder, people, t0, seed, rounds = 3, log }) {
  const members = people.length + 3;
  const cleanup = [];
  try {
    log(`devices: seeding a chapter of ${members} members with an invite…`);
    const documents = new SeedDocuments();
    const organisation = documents.create(ORGANISATION_DOCUMENT, () => createOrganisationDoc());
    const chapterUrl = documents.create(CHAPTER_DOCUMENT, () => createChapterDoc());
    const genesis = await signRecord(founder, { kind: "genesis", body: { name: CHAPTER_NAME, level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [founder.publicKey] }, at: t0, deps: [] });
    const role = await signDraft(founder, roleDraft({ chapter: genesis.id, member: founder.publicKey, role: FACILITATOR, grant: true }, [genesis.id]), t0 + 1);
    const token = seed("devices/invite-token");
    const invite = await signDraft(founder, inviteDraft({ chapter: genesis.id, token: naclSignerFromSeed(token).publicKey, maxUses: 10, expires: INVITE_EXPIRES }, [genesis.id, role.id]), t0 + 2);
    const admits = await Promise.all(people.map((person, i) => signDraft(person, admitDraft({ chapter: genesis.id }, [genesis.id]), t0 + 3 + i)));
    documents.put(organisation, "chapters", [genesis]);
    documents.put(chapterUrl, "governance", [role, invite, ...admits]);
    const join = { o: organisation.replace(/^automerge:/, ""), c: genesis.id, i: invite.id, t: toBase64url(token) };

    log("devices: building the app (vite build --mode test)…");
    const appDir = await buildApp();
    cleanup.push(() => rm(appDir, { recursive: true, force: true }));
    const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-assembly-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const relay = await startRelay({ port: 0, host: "127.0.0.1", dataDir, web: appDir, logger: silentLogger });
    cleanup.unshift(() => relay.close());
    documents.importInto(relay.repo);

    const browser = await launchChromium({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
    cleanup.unshift(() => browser.close());
    const chair = browser.page;
    const phone = await browser.context.newPage();
    const phoneProblems = [];
    phone.on("pageerror", (error) => phoneProblems.push(`uncaught: ${error.message}`));
    phone.on("console", (message) => {
      if (message.type() === "error") phoneProblems.push(`console.error: ${message.text()}`);
    });
    const devices = [
      { page: chair, app: `http://127.0.0.1:${relay.port}/`, relay: relay.url, name: "Chair" },
      { page: phone, app: `http://${HOST}:${relay.port}/`, relay: `ws://${HOST}:${relay.port}`, name: "Phone" },
    ];
    for (const device of devices) {
      device.page.setDefaultTimeout(300_000);
      log(`devices: the ${device.name.toLowerCase()} joins…`);
      await openApp(device.page, device.app);
      await createIdentity(device.page, device.name, "bench passphrase");
      await device.page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
      device.joined = await joinPatiently(device.page, device.app, device.relay, join);
      device.key = await device.page.evaluate(() => window.__chapterhouseTest.memberKey());
    }
    const secure = await phone.evaluate(() => window.isSecureContext);

    log(`devices: convening the assembly with the chair and ${members - 2} check-ins…`);
    const event = await signDraft(founder, eventDraft({ chapter: genesis.id, title: "General assembly", description: "", start: t0 + 86_400_000, end: t0 + 90_000_000, zone: "UTC", place: { type: "host" }, capacity: null }, [genesis.id]), t0 + 10_000);
    const chairs = [founder.publicKey, devices[0].key].sort();
    const convening = await signDraft(founder, assemblyDraft({ chapter: genesis.id, event: event.id, chairs, quorum: { num: 1, den: 2 } }, [genesis.id]), t0 + 10_001);
    const grants = [genesis.id, ...admits.map((admit) => admit.id)];
    const checkIns = await Promise.all([founder, ...people].map((signer, i) => signDraft(signer, attendanceDraft("check-in", convening.id, signer.publicKey, [grants[i]]), t0 + 20_000 + i)));
    const assembly = A.change(A.load(assemblyGenesis()), (d) => {
      addRecord(d.origin, convening);
      for (const record of checkIns) addRecord(d.attendance, record);
    });
    relay.repo.import(A.save(assembly), { docId: parseAutomergeUrl(assemblyDocumentUrl(convening.id)).documentId });
    const chapter = await relay.repo.find(chapterUrl);
    chapter.change((d) => [event, convening].forEach((record) => addRecord(d.events, record)));
    const hash = `#/org/${join.o}/chapter/${genesis.id}/assembly/${convening.id}`;

    log("devices: the chair opens the assembly and checks in…");
    const chairOpen = sample(await timeNavigation(chair, hash, inRoom(members - 2)));
    await chair.getByRole("button", { name: "Check in", exact: true }).click();
    await chair.getByText("You are checked in.").waitFor();
    log("devices: the phone opens it…");
    const phoneOpen = sample(await timeNavigation(phone, hash, inRoom(members - 1)));
    await chair.waitForFunction(([selector, count]) => Number(document.querySelector(selector)?.textContent?.replace(/\D/g, "")) === count, [IN_ROOM, members - 1]);

    const samples = [];
    for (let round = 0; round < rounds; round++) {
      log(`devices: round ${round + 1} of ${rounds}, the phone checks in…`);
      let onPhone;
      const onChair = await timeUntil(chair, inRoom(members), async () => {
        onPhone = await timeUntil(phone, inRoom(members), () => phone.getByRole("button", { name: "Check in", exact: true }).click());
      });
      samples.push({ chair: sample(onChair), phone: sample(onPhone) });
      if (round === rounds - 1) break;
      await timeUntil(chair, inRoom(members - 1), () => phone.getByRole("button", { name: "Check out", exact: true }).click());
      await phone.getByText("You are not checked in.").waitFor();
    }
    const of = (device, key) => median(samples.map((entry) => entry[device][key]));
    return {
      measured: `Chromium, the app served with its relay by the project's relay: from the phone's press on "Check in" (${members - 1} members in the room) to the presence panel showing all ${members} (domMs; frameMs: the next frame), on the chair's page and on the phone's own; median of ${rounds} rounds (the phone checks out between rounds)`,
      members,
      rounds,
      phoneSecureContext: secure,
      joined: { measured: "press on Join -> the chapter page, and the presses it took (the join page gives up after 20 s without the invite)", chair: devices[0].joined, phone: devices[1].joined },
      chairPanelMs: { domMs: of("chair", "domMs"), frameMs: of("chair", "frameMs"), longestTaskMs: of("chair", "longestTaskMs") },
      phonePanelMs: { domMs: of("phone", "domMs"), frameMs: of("phone", "frameMs"), longestTaskMs: of("phone", "longestTaskMs") },
      samples,
      open: { measured: "hash change to the assembly -> the presence panel's count (every signature new on that device)", chair: chairOpen, phone: phoneOpen },
      problems: [...browser.problems, ...phoneProblems].filter((problem) => !/relay\.json/.test(problem)).slice(0, 20),
    };
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
  }
}
