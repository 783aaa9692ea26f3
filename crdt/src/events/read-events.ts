/**
 * Reading chapters' events through the chokepoint (PROTOCOL.md D3, EV), from plain snapshots
 * (D5), as a device shows them. Pass 1 reads the organisation's documents for the rosters every
 * record is judged in (EV1.5, as for proposals, P1.3); pass 2 reads each chapter's Chapter document
 * with the EV rules as its authorisation step for the `events` map (D3.8).
 */
import { readSnapshot } from "../chokepoint/read-document.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots, type SignedRead } from "../report/read-proposals.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { judgeConvenings, type Convening } from "../assemblies/judge-convening.js";
import { judgeEvents, type ChapterEvent } from "./judge-events.js";

/** What reading chapters' events gives. */
export interface EventsRead {
  /** The valid events of every chapter read, by start, then id. */
  readonly events: readonly ChapterEvent[];
  /** Per chapter read, how many values of its `events` map are not counted: a forged or damaged record, an answer by a non-member (EV5). */
  readonly refused: ReadonlyMap<ChapterId, number>;
  /** The valid assemblies convened for those events (AS2), by convening time, then id. */
  readonly assemblies: readonly Convening[];
}

/**
 * The events of `chapters` (each a chapter id; one whose document is not held has none).
 * `read`: pass 1's read of each document (default: the chokepoint with `acceptAll`; a device
 * that keeps that read per document gives it, as for `readProposals`, `SignedRead`).
 * @throws whatever the verifier or `read` throws (a backend failure); never on document content.
 */
export async function readChapterEvents(organisation: OrganisationSnapshots, chapters: readonly ChapterId[], verifier: Verifier, verified: VerifiedIdCache, read?: SignedRead): Promise<EventsRead> {
  const { rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified, read);
  const roster = rosters.foldAll().roster;
  const events: ChapterEvent[] = [];
  const refused = new Map<ChapterId, number>();
  const assemblies: Convening[] = [];
  for (const chapter of new Set(chapters)) {
    const document = roster.chapters.get(chapter)?.document;
    const snapshot = organisation.chapters.find((entry) => entry.url === document)?.snapshot;
    if (snapshot === undefined) continue;
    const chapterRead = await readSnapshot(CHAPTER_DOCUMENT, snapshot, verifier, {
      verified,
      authorise: (records) => {
        const judged = judgeEvents(chapter, records, rosters);
        const convened = judgeConvenings(chapter, records, new Set(judged.events.map((event) => event.id)), rosters);
        events.push(...judged.events);
        assemblies.push(...convened.assemblies.values());
        const valid = (id: RecordId) => judged.verdicts.get(id)?.status === "valid" || convened.verdicts.get(id)?.status === "valid";
        return { accepted: records.filter((record) => valid(record.id)), rejections: [] };
      },
    });
    refused.set(chapter, chapterRead.rejections.filter((rejection) => rejection.map === "events").length);
  }
  const byTime = (a: { at: number; id: string }, b: { at: number; id: string }) => a.at - b.at || (a.id < b.id ? -1 : 1);
  return { events: events.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1)), refused, assemblies: assemblies.sort(byTime) };
}
