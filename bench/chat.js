// Benchmark of chat rooms (docs/PROTOCOL.md CH), through the built packages:
// - message: a chat message from alice to bob through the relay — signed (crdt's WebCrypto
//   signer), written into the room's page as a record, received by bob's Repo, read and its
//   signature verified — against a bare WebSocket round trip of a frame of the same size to an
//   echo server, in the same run (relay.js's floor). Messages 150 ms apart, as members write.
// - openRoom: a room of 10,000 signed messages from 20 members, paged as CH9.4 says (50 pages of
//   200): what a first screen reads (CH9.5: load page 0 and the last page, read them through the
//   chokepoint with the room's rules, signatures checked cold), against the same 10,000 messages
//   in one unpaged document read whole. `longestBlockMs` is the longest the event loop was held
//   while reading (Node's monitorEventLoopDelay): the app runs this read in its worker, so it is
//   the worker's longest task, not the page's.
// Usage: node bench/run.js chat   (after building: npx tsc -b)
import { monitorEventLoopDelay } from "node:perf_hooks";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as A from "@automerge/automerge";
import { generalRoomId, messageDraft, readRoom, threadGenesis, PAGE_SIZE } from "@chapterhouse/crdt/chat";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT, THREAD_DOCUMENT, addRecord, createChapterDoc, createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { fromBase64url } from "@chapterhouse/crdt/encoding";
import { hashText } from "@chapterhouse/crdt/encoding";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { admitDraft, genesisDraft } from "@chapterhouse/crdt/membership";
import { isParsed, parseRecord, signingBytesOf } from "@chapterhouse/crdt/records";
import { VerifiedCache, createVerifier, webCryptoSignerFromSeed } from "@chapterhouse/crdt/verify";
import { connectRepo, echoRoundTrips, relayHas, startChild, summary, until } from "./relay.js";

const T0 = 1_700_000_000_000;
const signer = (name) => webCryptoSignerFromSeed(fromBase64url(hashText(`bench-chat:${name}`)), globalThis.crypto.subtle);
const round = (ms) => Math.round(ms * 100) / 100;

/** A chapter founded by the first member, the others admitted: its Organisation and Chapter documents, and each member's grant. */
async function chapterOf(members) {
  const [founder] = members;
  const chapterUrl = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e";
  const genesis = await signDraft(founder, genesisDraft({ name: "Riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [founder.publicKey] }), T0);
  const admits = await Promise.all(members.slice(1).map((member) => signDraft(member, admitDraft({ chapter: genesis.id }), T0 + 1)));
  const organisation = A.change(createOrganisationDoc(), (d) => addRecord(d.chapters, genesis));
  const chapter = A.change(createChapterDoc(), (d) => admits.forEach((record) => addRecord(d.governance, record)));
  const grants = new Map([[founder.publicKey, genesis.id], ...admits.map((record) => [record.envelope.signer, record.id])]);
  return {
    id: genesis.id,
    grants,
    snapshots: {
      organisation: { url: "automerge:2Organisation", snapshot: snapshotDocument(ORGANISATION_DOCUMENT, organisation) },
      chapters: [{ url: chapterUrl, snapshot: snapshotDocument(CHAPTER_DOCUMENT, chapter) }],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 1. One chat message from alice to bob through the relay, against a bare WebSocket round trip.

async function message(count) {
  const [aliceKey, bobKey] = await Promise.all([signer("alice"), signer("bob")]);
  const chapter = await chapterOf([aliceKey, bobKey]);
  const room = generalRoomId(chapter.id);
  const verifier = await createVerifier();
  const dataDir = await mkdtemp(path.join(tmpdir(), "chapterhouse-bench-chat-"));
  const relay = await startChild("relay", dataDir);
  const alice = await connectRepo(relay.port, "alice");
  const bob = await connectRepo(relay.port, "bob");
  const aliceHandle = alice.repo.import(threadGenesis());
  await relayHas(relay, aliceHandle.documentId, A.getHeads(aliceHandle.doc()));
  const bobHandle = await bob.repo.find(aliceHandle.url);
  const frames = [];
  const socket = alice.adapter.socket;
  const send = socket.send.bind(socket);
  socket.send = (data, ...rest) => {
    frames.push(data.byteLength ?? data.length);
    return send(data, ...rest);
  };
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const samples = [];
  for (let i = 0; i < count + 10; i++) {
    await pause(150);
    const start = performance.now();
    const record = await signDraft(aliceKey, messageDraft({ scope: room, text: `Message ${i}: the paint is here`, mentions: [bobKey.publicKey] }, [chapter.grants.get(aliceKey.publicKey)]), T0 + 10 + i);
    const arrived = until(bobHandle, (doc) => doc.messages?.[record.id] !== undefined);
    aliceHandle.change((doc) => addRecord(doc.messages, record));
    await arrived;
    const received = parseRecord(bobHandle.doc().messages[record.id].val);
    if (!isParsed(received)) throw new Error("bob received a damaged record");
    const [valid] = await verifier.verifyBatch([{ publicKey: fromBase64url(received.envelope.signer), message: signingBytesOf(received), signature: fromBase64url(received.envelope.sig) }]);
    if (!valid) throw new Error("bob received a record whose signature fails");
    if (i >= 10) samples.push(performance.now() - start);
  }
  socket.send = send;
  await alice.close();
  await bob.close();
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
  const sorted = [...frames].sort((a, b) => a - b);
  const frameBytes = sorted[Math.floor(sorted.length / 2)];
  return {
    what: "a chat message signed by alice, written into the room's page, through the relay until bob's Repo has it, read and its signature verified",
    relay: summary(samples),
    floor: { what: "bare ws round trip to an echo server in a child process, same frame size, 150 ms apart", ...summary(await echoRoundTrips(frameBytes, count)) },
    frameBytes,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Opening a room of 10,000 messages: the first screen reads two pages, never all of them.

async function openRoom(total, members) {
  const people = await Promise.all(Array.from({ length: members }, (_, i) => signer(`member ${i}`)));
  const chapter = await chapterOf(people);
  const room = generalRoomId(chapter.id);
  const records = [];
  for (let i = 0; i < total; i++) {
    const who = people[i % members];
    records.push(await signDraft(who, messageDraft({ scope: room, text: `Message ${i} about the garden, the stairwell and the next meeting` }, [chapter.grants.get(who.publicKey)]), T0 + 1000 * i));
  }
  const pageBytes = (list) => A.save(A.change(A.load(threadGenesis()), (d) => list.forEach((record) => addRecord(d.messages, record))));
  const pages = [];
  for (let n = 0; n * PAGE_SIZE < total; n++) pages.push(pageBytes(records.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE)));
  const whole = pageBytes(records);
  const verifier = await createVerifier();
  const last = pages.length - 1;
  const time = async (read) => {
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const start = performance.now();
    const result = await read();
    const ms = performance.now() - start;
    delay.disable();
    return { ms: round(ms), longestBlockMs: round(delay.max / 1e6), shown: result.timeline.messages.length };
  };
  const located = (n, bytes) => ({ n, url: `automerge:page${n}`, snapshot: snapshotDocument(THREAD_DOCUMENT, A.load(bytes)) });
  const paged = await time(() => readRoom(chapter.snapshots, chapter.id, room, [located(0, pages[0]), located(last, pages[last])], last, verifier, new VerifiedCache()));
  const unpaged = await time(() => readRoom(chapter.snapshots, chapter.id, room, [located(0, whole)], 0, verifier, new VerifiedCache()));
  return {
    what: `a room of ${total} messages from ${members} members: the first screen (page 0 and the last page loaded from their saved bytes, read through the chokepoint with the room's rules, signatures checked cold) against the same messages in one unpaged document`,
    pages: pages.length,
    pageKiB: round(pages[last].length / 1024),
    firstScreen: paged,
    unpaged: { ...unpaged, kiB: round(whole.length / 1024) },
  };
}

export async function run({ messages = 100, total = 10_000, members = 20 } = {}) {
  return { benchmark: "chat", node: process.version, message: await message(messages), openRoom: await openRoom(total, members) };
}
