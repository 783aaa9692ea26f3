import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { ASSEMBLY_DOCUMENT } from "../documents/assembly.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import { eventDraft } from "../events/event-records.js";
import { readChapterEvents } from "../events/read-events.js";
import { canonicalize } from "../records/canonical.js";
import type { DocumentUrl } from "../records/ids.js";
import { recordIdOf, type ParsedRecord } from "../records/record.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { assemblyDraft, attendanceDraft } from "./assembly-records.js";
import { assemblyDocumentUrl } from "./assembly-document-url.js";
import { assemblyGenesis } from "./assembly-document.js";
import { readAssembly, readAssemblyMinutes } from "./read-assembly.js";
import { minutesDigest } from "./assembly-minutes.js";
import { minutesNoteDraft } from "./minutes-records.js";
import { delegateDraft } from "../delegation/delegation-records.js";

/** The device's clock when it reads (AS5.3: which delegations have expired). */
const T_NOW = Date.UTC(2026, 11, 12, 11);

let s: ChatScenario;
let verifier: Verifier;
let event: ParsedRecord;
let convening: ParsedRecord;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
  const start = Date.UTC(2026, 11, 12, 10);
  event = await s.sign("alice", eventDraft({ chapter: s.north, title: "Assembly", description: "", start, end: start + 3_600_000, zone: "UTC", place: { type: "host" }, capacity: null }, [s.grants.aliceNorth]), 5);
  convening = await s.sign("alice", assemblyDraft({ chapter: s.north, event: event.id, chairs: [s.key("alice")], quorum: { num: 1, den: 2 } }, [s.grants.aliceNorth]), 6);
});

/** The organisation's documents: North's Chapter document holds its governance, the event, the convening record and `delegations`. */
function organisation(delegations: readonly ParsedRecord[] = []): OrganisationSnapshots {
  const [rootGenesis, northGenesis, bob, carol, , moderator] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const north = A.change(createChapterDoc(), (d) => {
    [bob!, carol!, moderator!].forEach((record) => addRecord(d.governance, record));
    [event, convening].forEach((record) => addRecord(d.events, record));
    delegations.forEach((record) => addRecord(d.delegations, record));
  });
  const url = (northGenesis!.envelope.body as { document: DocumentUrl }).document;
  return { organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) }, chapters: [{ url, snapshot: snapshotDocument(CHAPTER_DOCUMENT, north) }] };
}

describe("reading an assembly from its documents", () => {
  it("[AS2] [EV4.2] an assembly convened in a chapter's events is listed with them, and not counted among the values refused", async () => {
    const read = await readChapterEvents(organisation(), [s.north], verifier, new VerifiedCache());
    expect(read.events.map((entry) => entry.id)).toEqual([event.id]);
    expect(read.assemblies.map((entry) => entry.id)).toEqual([convening.id]);
    expect(read.refused.get(s.north)).toBe(0);
  });

  it("[AS1] [AS5.2] [D3.6] the Assembly document's check-ins make the panel; a forged check-in is refused and counted as refused, never as present", async () => {
    const bob = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 40);
    const genuine = await s.sign("alice", attendanceDraft("check-in", convening.id, s.key("alice"), [s.grants.aliceNorth]), 41);
    // Carol's key on alice's signature: not carol's check-in.
    const forgedText = canonicalize({ ...genuine.envelope, body: { assembly: convening.id, member: s.key("carol") }, signer: s.key("carol") });
    const doc = A.change(A.load(assemblyGenesis()), (d: Record<string, Record<string, unknown>>) => {
      d.origin![convening.id] = new A.ImmutableString(convening.text);
      d.attendance![bob.id] = new A.ImmutableString(bob.text);
      d.attendance![recordIdOf(forgedText)] = new A.ImmutableString(forgedText);
    });
    const url = assemblyDocumentUrl(convening.id);
    const read = await readAssembly(organisation(), convening.id, { url, snapshot: snapshotDocument(ASSEMBLY_DOCUMENT, doc) }, verifier, new VerifiedCache(), T_NOW);
    expect(read.event?.id).toBe(event.id);
    expect(read.panel).toMatchObject({ present: [s.key("bob")], weight: 1, electorate: 3, needed: 2, met: false });
    expect(read.refused).toBe(1);
  });

  it("[AS5.3] [DG7] a present member's proxy counts toward the quorum: bob in the room carries carol, who chose him; an expired choice carries no one", async () => {
    const bob = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 40);
    const doc = A.change(A.load(assemblyGenesis()), (d: Record<string, Record<string, unknown>>) => {
      d.origin![convening.id] = new A.ImmutableString(convening.text);
      d.attendance![bob.id] = new A.ImmutableString(bob.text);
    });
    const own = { url: assemblyDocumentUrl(convening.id), snapshot: snapshotDocument(ASSEMBLY_DOCUMENT, doc) };
    const proxy = (expires: number | null) => s.sign("carol", delegateDraft({ scope: { chapter: s.north, subchapters: true }, to: s.key("bob"), seq: 1, expires }, [s.grants.carol]), 30);
    const carried = await readAssembly(organisation([await proxy(null)]), convening.id, own, verifier, new VerifiedCache(), T_NOW);
    expect(carried.panel).toMatchObject({ present: [s.key("bob")], weight: 1, carried: 1, electorate: 3, needed: 2, met: true });
    const expired = await readAssembly(organisation([await proxy(T_NOW)]), convening.id, own, verifier, new VerifiedCache(), T_NOW);
    expect(expired.panel).toMatchObject({ weight: 1, carried: 0, met: false });
  });

  it("[AS10.4] reading an assembly drafts no minutes; reading it with its minutes gives the same read and the minutes, their text and digest", async () => {
    const bob = await s.sign("bob", attendanceDraft("check-in", convening.id, s.key("bob"), [s.grants.bob]), 40);
    const note = await s.sign("alice", minutesNoteDraft(convening.id, "chair", "Opened on time.", [s.grants.aliceNorth]), 42);
    const doc = A.change(A.load(assemblyGenesis()), (d: Record<string, Record<string, unknown>>) => {
      d.origin![convening.id] = new A.ImmutableString(convening.text);
      d.attendance![bob.id] = new A.ImmutableString(bob.text);
      d.minutes![note.id] = new A.ImmutableString(note.text);
    });
    const own = { url: assemblyDocumentUrl(convening.id), snapshot: snapshotDocument(ASSEMBLY_DOCUMENT, doc) };
    const plain = await readAssembly(organisation(), convening.id, own, verifier, new VerifiedCache(), T_NOW);
    expect("minutes" in plain).toBe(false);
    const { minutes, ...read } = await readAssemblyMinutes(organisation(), convening.id, own, verifier, new VerifiedCache(), T_NOW);
    expect(read).toEqual(plain);
    expect(minutes?.notes.chair).toBe("Opened on time.");
    expect(minutes?.content.attendance.map((entry) => entry.member)).toEqual([s.key("bob")]);
    expect(minutes?.digest).toBe(minutesDigest(minutes!.text));
  });

  it("[AS2] without the Assembly document, the assembly is known from its chapter but shows nothing yet", async () => {
    const read = await readAssembly(organisation(), convening.id, null, verifier, new VerifiedCache(), T_NOW);
    expect(read.convening?.id).toBe(convening.id);
    expect(read.view).toBeNull();
  });
});
