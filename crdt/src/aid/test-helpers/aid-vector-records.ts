/**
 * The records of the mutual-aid vector (crdt/vectors/aid/board.json) and what they give, as plain
 * JSON. Built on chat's scenario (Riverside above North; bob and carol in North, dave in Riverside,
 * erin no member), with bob removed at the end: one case per rule of AID4 and AID5.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import { signRecord, type ParsedRecord } from "../../records/record.js";
import type { ChapterId } from "../../records/ids.js";
import { FACILITATOR } from "../../membership/kinds.js";
import { aidMetDraft, aidPostDraft } from "../aid-records.js";
import { judgeAid } from "../judge-aid.js";
import { aidBoard } from "../read-aid.js";

/** The vector's records, each with a note naming what it shows; the last two remove bob. */
export async function aidVectorRecords(s: ChatScenario): Promise<{ note: string; record: ParsedRecord }[]> {
  const out: { note: string; record: ParsedRecord }[] = [];
  const add = (note: string, record: ParsedRecord) => {
    out.push({ note, record });
    return record;
  };
  const offer = { chapter: s.north, for: "organisation", category: "transport", what: "A van on Saturdays", place: { name: "Old Quay", lat: 5137, lon: -12 }, when: "Saturdays" } as const;
  const request = { chapter: s.north, for: "chapter", category: "food", what: "Groceries for a week", place: { name: "North market", lat: null, lon: null }, when: "" } as const;
  add("[AID2] carol offers a van to the whole organisation, around Old Quay", await s.sign("carol", aidPostDraft("aid-offer", offer, [s.grants.carol]), 10));
  const asked = add("[AID2] bob asks for groceries, a place named without a point", await s.sign("bob", aidPostDraft("aid-request", request, [s.grants.bob]), 11));
  add("[AID4.2] dave, a member of Riverside above North, is not a member of North", await s.sign("dave", aidPostDraft("aid-request", request, [s.grants.dave]), 12));
  add("[AID4.2] erin is no member", await s.sign("erin", aidPostDraft("aid-offer", offer, []), 13));
  add("[AID4.1] a post naming Riverside, held in North's document", await s.sign("carol", aidPostDraft("aid-offer", { ...offer, chapter: s.root }, [s.grants.carol]), 14));
  const met = await s.sign("carol", aidPostDraft("aid-request", { ...request, what: "A hand moving a sofa" }, [s.grants.carol]), 15);
  add("[AID2] carol asks for a hand", met);
  add("[AID4.3] bob says carol's request was met: not his", await s.sign("bob", aidMetDraft({ chapter: s.north, post: met.id, thanks: "Done" }), 16));
  add("[AID3] carol's request met, with a thank-you", await s.sign("carol", aidMetDraft({ chapter: s.north, post: met.id, thanks: "Thank you, Bob!" }), 17));
  const facilitator = await signRecord(s.people.alice, { kind: "role", body: { chapter: s.north, member: s.key("alice"), role: FACILITATOR, grant: true, decision: null }, at: 20, deps: [s.north, s.grants.aliceNorth] });
  add("[M9] alice, a founder of North, makes herself its facilitator", facilitator);
  add("[AID5.2] alice removes bob: his request is hidden", await signRecord(s.people.alice, { kind: "remove", body: { chapter: s.north, member: s.key("bob"), decision: null }, at: 21, deps: [s.north, facilitator.id, s.grants.aliceNorth, s.grants.bob, asked.id] }));
  return out;
}

/** What the vector's records give: each aid record's verdict in North, and North's board before and after bob's removal. */
export function aidVectorExpectations(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId) {
  const aid = records.filter((record) => record.envelope.kind.startsWith("aid-"));
  const rostersOf = (more: readonly ParsedRecord[]) => new CausalRosters(new Map([...governance, ...more].map((record) => [record.id, record])));
  const judged = judgeAid({ chapter: north, rosters: rostersOf(records) }, aid);
  const board = (more: readonly ParsedRecord[]) => aidBoard(north, aid, rostersOf(more)).map((post) => ({ id: post.id, kind: post.kind, met: post.met?.thanks ?? null }));
  return {
    verdicts: Object.fromEntries([...judged.posts, ...judged.mets].map((entry) => [entry.record.id, { status: entry.status, detail: entry.detail }])),
    boardBefore: board(aid),
    boardAfter: board(records),
  };
}
