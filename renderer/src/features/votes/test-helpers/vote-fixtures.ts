/** A small roster and a simulated vote for the vote screens' component and unit tests. */
import type { AdmissionPolicy, ChapterRoster, Roster } from "@chapterhouse/crdt/membership";
import type { VersionOption } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { simulateVote, type SimulatedVote } from "@chapterhouse/crdt/simulation";
import type { RuleType } from "@chapterhouse/crdt/tally";
import type { VersionSummary, VoteBundleDocument } from "@chapterhouse/crdt/report";

export const root = "root-chapter-id" as ChapterId;
export const hood = "old-quay-chapter-id" as ChapterId;
export const alice = "alice-key" as MemberKey;
export const bob = "bob-key" as MemberKey;
export const carol = "carol-key" as MemberKey;

const admission: AdmissionPolicy = { sponsors: 1, countersign: false };

function chapter(id: ChapterId, name: string, parent: ChapterId | null, members: readonly MemberKey[], children: readonly ChapterId[]): ChapterRoster {
  return {
    id,
    name,
    level: parent === null ? "international" : "neighbourhood",
    parent,
    place: null,
    document: `automerge:${name.replace(/\W/g, "")}` as DocumentUrl,
    admission,
    founders: members.slice(0, 1),
    children,
    members: new Map(members.map((key) => [key, { key, grant: `grant-${key}-${id}` as RecordId, founder: false }])),
    roles: [],
    invites: [],
  };
}

/** Riverside Tenants (alice) with the neighbourhood Old Quay (alice, bob, carol). */
export const roster: Roster = {
  chapters: new Map([
    [root, chapter(root, "Riverside Tenants", null, [alice], [hood])],
    [hood, chapter(hood, "Old Quay", root, [alice, bob, carol], [])],
  ]),
};

/** A one-chapter roster where `facilitator` holds the facilitator role of `id` (a simulated vote's chapter). */
export function facilitatorRoster(id: ChapterId, facilitator: MemberKey): Roster {
  const base = chapter(id, "Riverside Assembly", null, [facilitator], []);
  return { chapters: new Map([[id, { ...base, roles: [{ key: facilitator, role: "facilitator", grant: "role-grant" as RecordId }] }]]) };
}

/** A version with the given options. */
export function version(options: readonly VersionOption[] = []): VersionSummary {
  return { id: "version-1" as RecordId, n: 1, text: "The chapter pays for new stairwell lights.", options, textHash: "hash" };
}

/** A complete signed vote (the CLI's `simulate`), small enough for a unit test. */
export function simulated(rule: RuleType = "majority", voters = 12): Promise<SimulatedVote> {
  return simulateVote({ voters, rule, chapters: 2, seed: "vote-screens" }, globalThis.crypto.subtle);
}

/** The simulated documents without the close, its counted records and the decision. */
export function withoutClose(documents: readonly VoteBundleDocument[], open: string): VoteBundleDocument[] {
  return documents.map((document) => {
    if (document.type === "proposal") {
      return { ...document, records: { ...document.records, votes: Object.fromEntries(Object.entries(document.records["votes"] ?? {}).filter(([key]) => key === open)) } };
    }
    if (document.type === "ballot-box") return { ...document, records: { ballots: document.records["ballots"] ?? {} } };
    if (document.type === "chapter") return { ...document, records: { ...document.records, decisions: {} } };
    return document;
  });
}
