// Benchmark of an assembly's check-in (issue 13: "check-in of 500 members at one host — time until
// the quorum panel shows all, on every device").
// The floor, in Node, with the core the app's worker runs: a chapter of N members, an event held
// as an assembly (PROTOCOL.md AS2), and N signed check-ins (AS5.1) arriving at the host's copy of
// the Assembly document one change each, as phones send them. Timed: applying the N changes; then
// reading the assembly (crdt's `readAssembly`, what the worker answers the assembly screen with)
// until its presence panel shows all N present — with every signature new (a device that was not
// in the room; median of `reads`, alternating with `readAssemblyMinutes`, the read of the minutes
// screen, which also drafts the minutes, AS10.4), then again after one more check-out with the
// others already verified (a device in the room, as each arrival re-reads).
// On the devices (bench/browser/assembly-devices.js), in Chromium: from a phone's press on
// "Check in" to the chair's presence panel showing all N, and to the phone's own.
// Usage: node bench/run.js assembly
import { createHash } from "node:crypto";
import { generateAutomergeUrl } from "@automerge/automerge-repo";
import * as A from "@automerge/automerge";
import { assemblyDocumentUrl, assemblyDraft, assemblyGenesis, attendanceDraft, readAssembly, readAssemblyMinutes } from "@chapterhouse/crdt/assemblies";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import { ASSEMBLY_DOCUMENT, CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { eventDraft } from "@chapterhouse/crdt/events";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft } from "@chapterhouse/crdt/membership";
import { signRecord } from "@chapterhouse/crdt/records";
import { VerifiedCache, createVerifier, webCryptoSignerFromSeed } from "@chapterhouse/crdt/verify";
import { checkInOnDevices } from "./browser/assembly-devices.js";

const T0 = 1_700_000_000_000;
/** The device's clock when it reads (AS5.3: which delegations have expired; none here). */
const NOW = T0 + 86_400_000;
const seedOf = (label) => new Uint8Array(createHash("sha256").update(`chapterhouse-bench-assembly\n${label}`).digest());
const keyOf = (label) => webCryptoSignerFromSeed(seedOf(label), globalThis.crypto.subtle);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const put = (doc, map, records) => A.change(doc, (d) => records.forEach((r) => (d[map][r.id] = new A.ImmutableString(r.text))));

export async function run({ members = 500, reads = 5, devices = true } = {}) {
  const log = (text) => process.stderr.write(`bench assembly: ${text}\n`);
  log(`signing a chapter of ${members} members, an assembly and their check-ins…`);
  const chair = await keyOf("chair");
  const people = await Promise.all(Array.from({ length: members - 1 }, (_, i) => keyOf(`member ${i}`)));
  const organisationUrl = generateAutomergeUrl();
  const chapterUrl = generateAutomergeUrl();
  const genesis = await signRecord(chair, { kind: "genesis", body: { name: "Assembly bench", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [chair.publicKey] }, at: T0, deps: [] });
  const admits = await Promise.all(people.map((person, i) => signDraft(person, admitDraft({ chapter: genesis.id }, [genesis.id]), T0 + 1 + i)));
  const event = await signDraft(chair, eventDraft({ chapter: genesis.id, title: "General assembly", description: "", start: T0 + 86_400_000, end: T0 + 90_000_000, zone: "UTC", place: { type: "host" }, capacity: null }, [genesis.id]), T0 + 10_000);
  const convening = await signDraft(chair, assemblyDraft({ chapter: genesis.id, event: event.id, chairs: [chair.publicKey], quorum: { num: 1, den: 2 } }, [genesis.id]), T0 + 10_001);
  const grants = [genesis.id, ...admits.map((admit) => admit.id)];
  const signers = [chair, ...people];
  const checkIns = await Promise.all(signers.map((signer, i) => signDraft(signer, attendanceDraft("check-in", convening.id, signer.publicKey, [grants[i]]), T0 + 20_000 + i)));

  const organisation = put(createOrganisationDoc(), "chapters", [genesis]);
  const chapter = put(put(createChapterDoc(), "governance", admits), "events", [event, convening]);
  let host = put(A.load(assemblyGenesis()), "origin", [convening]);
  log("applying the check-ins at the host, one change each…");
  const applyStarted = performance.now();
  for (const record of checkIns) host = put(host, "attendance", [record]);
  const applyMs = performance.now() - applyStarted;

  const snapshots = (doc) => ({
    organisation: { organisation: { url: organisationUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, organisation) }, chapters: [{ url: chapterUrl, snapshot: snapshotDocument(CHAPTER_DOCUMENT, chapter) }] },
    assembly: { url: assemblyDocumentUrl(convening.id), snapshot: snapshotDocument(ASSEMBLY_DOCUMENT, doc) },
  });
  const verifier = await createVerifier();
  const timeRead = async (doc, read = readAssembly, verified = new VerifiedCache()) => {
    const started = performance.now();
    const { organisation: org, assembly } = snapshots(doc);
    const answer = await read(org, convening.id, assembly, verifier, verified, NOW);
    return { ms: performance.now() - started, read: answer };
  };
  log(`reading the assembly, every signature new, ${reads} times, alternating with the read with its minutes…`);
  const firsts = [];
  const withMinutes = [];
  // Each pair in turn order, so neither read always goes first.
  for (let i = 0; i < reads; i++) {
    if (i % 2 === 0) firsts.push(await timeRead(host));
    withMinutes.push(await timeRead(host, readAssemblyMinutes));
    if (i % 2 === 1) firsts.push(await timeRead(host));
  }
  const first = firsts[0];
  if (first.read.panel?.present.length !== members) throw new Error(`the panel shows ${first.read.panel?.present.length} present, not ${members}`);
  if (withMinutes[0].read.minutes?.content.attendance.length !== members) throw new Error("the minutes do not list every check-in");
  const verified = new VerifiedCache();
  await timeRead(host, readAssembly, verified);
  const out = await signDraft(people[0], attendanceDraft("check-out", convening.id, people[0].publicKey, [grants[1]]), T0 + 30_000);
  log("reading it again after one more change, the rest verified…");
  const after = put(host, "attendance", [out]);
  const again = await timeRead(after, readAssembly, verified);
  if (again.read.panel?.present.length !== members - 1) throw new Error("the check-out was not counted");
  log(`reading it ${reads} times more, every signature known, alternating with the read with its minutes…`);
  const rereads = [];
  const rereadsWithMinutes = [];
  for (let i = 0; i < reads; i++) {
    if (i % 2 === 0) rereads.push(await timeRead(after, readAssembly, verified));
    rereadsWithMinutes.push(await timeRead(after, readAssemblyMinutes, verified));
    if (i % 2 === 1) rereads.push(await timeRead(after, readAssembly, verified));
  }
  const onDevices = devices ? await checkInOnDevices({ founder: chair, people: people.slice(0, members - 3), t0: T0, seed: seedOf, log }) : null;
  return {
    benchmark: "assembly",
    members,
    verifier: verifier.backend,
    measured: "one device in Node with the app worker's core: applying N check-ins at the host one change each; then crdt readAssembly of the Organisation, Chapter and Assembly documents until the presence panel shows all N (every signature new: median of `reads`, alternating with readAssemblyMinutes, which also drafts the minutes; then after one more change, the rest verified; then every signature known, median of `reads`, alternating the same way)",
    applyAtHostMs: Math.round(applyMs),
    reads,
    firstReadMs: Math.round(median(firsts.map((entry) => entry.ms))),
    firstReadWithMinutesMs: Math.round(median(withMinutes.map((entry) => entry.ms))),
    quorumMet: first.read.panel.met,
    rereadAfterOneChangeMs: Math.round(again.ms),
    rereadKnownMs: Math.round(median(rereads.map((entry) => entry.ms))),
    rereadKnownWithMinutesMs: Math.round(median(rereadsWithMinutes.map((entry) => entry.ms))),
    assemblyBytes: A.save(host).byteLength,
    devices: onDevices === null ? null : { ...onDevices, floor: { measured: "Node: readAssembly after one more change, the rest verified (what the worker does on each arrival)", ms: Math.round(again.ms) } },
  };
}
