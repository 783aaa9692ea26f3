import * as A from "@automerge/automerge";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshotDocument } from "../chokepoint/snapshot-document.js";
import { CHAPTER_DOCUMENT, createChapterDoc } from "../documents/chapter.js";
import { ORGANISATION_DOCUMENT, createOrganisationDoc } from "../documents/organisation.js";
import { addRecord } from "../documents/record-map.js";
import type { DocumentUrl } from "../records/ids.js";
import { parseRecord, type ParsedRecord } from "../records/record.js";
import type { OrganisationSnapshots } from "../report/read-proposals.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { eventDraft, rsvpDraft } from "./event-records.js";
import { readChapterEvents } from "./read-events.js";
import { upcomingEvents } from "./upcoming-events.js";

let s: ChatScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
});

const documentOf = (genesis: ParsedRecord) => (genesis.envelope.body as { document: DocumentUrl }).document;

/** The organisation's documents: Riverside's with dave's admission and `rootEvents`, North's with its governance and `northEvents`. */
function organisation(rootEvents: readonly ParsedRecord[], northEvents: readonly ParsedRecord[]): OrganisationSnapshots {
  const [rootGenesis, northGenesis, bob, carol, dave, moderator] = s.governance;
  const org = A.change(createOrganisationDoc(), (d) => [rootGenesis!, northGenesis!].forEach((record) => addRecord(d.chapters, record)));
  const chapter = (governance: readonly ParsedRecord[], events: readonly ParsedRecord[]) =>
    snapshotDocument(
      CHAPTER_DOCUMENT,
      A.change(createChapterDoc(), (d) => {
        governance.forEach((record) => addRecord(d.governance, record));
        events.forEach((record) => addRecord(d.events, record));
      }),
    );
  return {
    organisation: { url: "automerge:2Organisation" as DocumentUrl, snapshot: snapshotDocument(ORGANISATION_DOCUMENT, org) },
    chapters: [
      { url: documentOf(rootGenesis!), snapshot: chapter([dave!], rootEvents) },
      { url: documentOf(northGenesis!), snapshot: chapter([bob!, carol!, moderator!], northEvents) },
    ],
  };
}

const START = Date.UTC(2026, 11, 10, 18);
const fields = (chapter: typeof s.root, title: string, start: number) => ({
  chapter,
  title,
  description: "",
  start,
  end: start + 3_600_000,
  zone: "Europe/Madrid",
  place: { type: "host" } as const,
  capacity: null,
});

describe("reading chapters' events from their documents", () => {
  it("[EV5] a forged answer is not counted and is shown as refused; the genuine ones count", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north, "Garden day", START), [s.grants.bob]), 5);
    const carol = await s.sign("carol", rsvpDraft(event.id, "not", [s.grants.carol]), 10);
    // Someone turns carol's "not" into "going" without her key: the text no longer matches its signature.
    const forged = parseRecord(carol.text.replace('"answer":"not"', '"answer":"going"'));
    if (!("envelope" in forged)) throw new Error("the forged text should still parse");
    const read = await readChapterEvents(organisation([], [event, carol, forged]), [s.north], verifier, new VerifiedCache());
    expect(read.events.map((entry) => [entry.title, entry.going, entry.not])).toEqual([["Garden day", [], [s.key("carol")]]]);
    expect(read.refused.get(s.north)).toBe(1);
  });

  it("[EV3.1] an answer by a non-member is refused in the document and counted as refused", async () => {
    const event = await s.sign("bob", eventDraft(fields(s.north, "Garden day", START), [s.grants.bob]), 5);
    const erin = await s.sign("erin", rsvpDraft(event.id, "going", []), 10);
    const read = await readChapterEvents(organisation([], [event, erin]), [s.north], verifier, new VerifiedCache());
    expect(read.events[0]!.going).toEqual([]);
    expect(read.refused.get(s.north)).toBe(1);
  });

  it("[EV4.3] a chapter's upcoming events include its sub-chapters', soonest first, and leave out those already over", async () => {
    const past = await s.sign("dave", eventDraft(fields(s.root, "Last year", START - 400 * 86_400_000), [s.grants.dave]), 5);
    const city = await s.sign("dave", eventDraft(fields(s.root, "City assembly", START + 86_400_000), [s.grants.dave]), 6);
    const north = await s.sign("bob", eventDraft(fields(s.north, "Garden day", START), [s.grants.bob]), 7);
    const read = await readChapterEvents(organisation([past, city], [north]), [s.root, s.north], verifier, new VerifiedCache());
    expect(upcomingEvents(read.events, START - 86_400_000).map((event) => [event.title, event.chapter])).toEqual([
      ["Garden day", s.north],
      ["City assembly", s.root],
    ]);
    expect(read.refused.get(s.root)).toBe(0);
  });
});
