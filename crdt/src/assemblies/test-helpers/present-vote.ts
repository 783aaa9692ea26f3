/**
 * A signed vote bundle from a vector of crdt/vectors/assemblies/present.json, so the vectors pass
 * through the verifier (V9) and `chapterhouse verify`: the chapter `riverside` founded by `chair`,
 * its facilitator; every member admitted by their own record; an event at the meeting host and the
 * assembly convening it (chaired by `chair`, the vector's quorum); the attendance a minute apart
 * in the Assembly document (each citing the member's admission, and the signer's when another
 * signs); the attendance sets listing the taken ones; the open of the members present; a `for`
 * ballot from each voter and a close sealing the tally and the room. Attendance not taken is made
 * after the open and cites it.
 */
import type { MemberKey, RecordId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import type { ParsedRecord } from "../../records/record.js";
import { conditionVote, type ConditionContext } from "../../report/test-helpers/condition-vote.js";
import type { VoteBundle } from "../../report/vote-bundle.js";
import type { Fraction } from "../../tally/types.js";
import { eventDraft } from "../../events/event-records.js";
import { assemblyDocumentUrl } from "../assembly-document-url.js";
import { assemblyDraft, attendanceDraft } from "../assembly-records.js";
import { attendanceSetDrafts, closePresenceOf, type ClosePresence } from "../attendance-set.js";

/** A vector as present.json holds it. */
export interface PresentVector {
  readonly name: string;
  readonly rule: string;
  readonly openAt: string;
  readonly quorum: Fraction | null;
  readonly members: readonly string[];
  readonly attendance: readonly { id: string; member: string; kind: "check-in" | "check-out"; by?: string; taken?: boolean; note: string }[];
  readonly voters: readonly string[];
  readonly expected: {
    readonly electorate: readonly string[];
    readonly present: ClosePresence & { readonly taken: number };
    readonly records: Readonly<Record<string, string>>;
  };
}

/** The signed vote and how to read its labels back. */
export interface PresentVote {
  readonly bundle: VoteBundle;
  /** Label → member key, for every person the vector names and `chair`. */
  readonly keys: ReadonlyMap<string, MemberKey>;
  /** Vector attendance id → signed record id; also `assembly` and `open`. */
  readonly ids: ReadonlyMap<string, RecordId>;
  /** Signs a ballot of `label` in the vote's box (for bad-input tests). */
  readonly ballotOf: (label: string) => Promise<{ record: ParsedRecord; box: string }>;
  /** Signs another close of the vote from the chair, a minute after the first, with `presence` as given, and its counted records for the box (for bad-input tests). */
  readonly closeWith: (presence: ClosePresence | undefined) => Promise<{ close: ParsedRecord; counted: ParsedRecord[]; box: string }>;
}

/** Builds the signed vote of `vector`. */
export async function presentVote(vector: PresentVector): Promise<PresentVote> {
  const ids = new Map<string, RecordId>();
  const assemblyId = () => ids.get("assembly")!;
  const attend = async (c: ConditionContext, a: PresentVector["attendance"][number], at: number, after: readonly RecordId[]) => {
    const grant = (label: string) => (label === "chair" ? c.genesis.id : c.admits.get(label)!.id);
    const signer = a.by ?? a.member;
    const deps = [...new Set([grant(a.member), grant(signer), ...after])];
    const record = await signDraft(c.person(signer), attendanceDraft(a.kind, assemblyId(), c.person(a.member).publicKey, deps), at);
    ids.set(a.id, record.id);
    c.writer.put("assembly", assemblyDocumentUrl(assemblyId()), "attendance", record);
  };
  const vote = await conditionVote(vector, {
    label: "present",
    roles: ["facilitator"],
    before: async (c) => {
      const { openAt, chapter, chair, genesis } = c;
      const event = await signDraft(chair, eventDraft({ chapter, title: "Winter assembly", description: "", start: openAt - 3_600_000, end: openAt + 7_200_000, zone: "Europe/Madrid", place: { type: "host" }, capacity: null }, [genesis.id]), c.tick());
      const assembly = await signDraft(chair, assemblyDraft({ chapter, event: event.id, chairs: [chair.publicKey], quorum: vector.quorum }, [genesis.id]), c.tick());
      c.writer.put("chapter", c.chapterUrl, "events", event);
      c.writer.put("chapter", c.chapterUrl, "events", assembly);
      c.writer.put("assembly", assemblyDocumentUrl(assembly.id), "origin", assembly);
      ids.set("assembly", assembly.id);
    },
    taken: async (c) => {
      const before = vector.attendance.filter((a) => a.taken !== false);
      for (const [i, a] of before.entries()) await attend(c, a, c.openAt - 60_000 * (before.length + 1 - i), []);
      const sets = await Promise.all(attendanceSetDrafts(before.map((a) => ids.get(a.id)!), c.chapter).map((draft) => signDraft(c.chair, draft, c.openAt - 1000)));
      for (const set of sets) c.writer.put("proposal", c.proposalUrl, "votes", set);
      return { present: { assembly: assemblyId(), sets: sets.map((set) => set.id) } };
    },
    late: async (c, open) => {
      ids.set("open", open.id);
      for (const [i, a] of vector.attendance.filter((x) => x.taken === false).entries()) await attend(c, a, c.openAt + 60_000 * (i + 1), [open.id]);
    },
    sealed: (unclosed) => ({ presence: closePresenceOf(unclosed.present!) }),
  });
  const closeWith = (presence: ClosePresence | undefined) => vote.closeWith(presence === undefined ? {} : { presence });
  return { bundle: vote.bundle, keys: vote.keys, ids, ballotOf: vote.ballotOf, closeWith };
}
