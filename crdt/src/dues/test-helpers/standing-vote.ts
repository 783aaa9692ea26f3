/**
 * A signed vote bundle from a standing vector (crdt/vectors/dues/standing.json), so the vectors
 * pass through the verifier (V9) and `chapterhouse verify`: the chapter `riverside` founded by
 * `chair`, who makes themself its facilitator and treasurer; every member admitted by their own
 * record; the proposal, its version, the payments the treasurer records (a minute apart, each
 * citing the treasurer holding and the member's admission; a correction also its target), the
 * standing sets listing the taken ones, the open, a `for` ballot from each voter and a close
 * sealing the tally. Payments not taken are made after the open and cite it.
 */
import type { MemberKey, RecordId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import type { ParsedRecord } from "../../records/record.js";
import { conditionVote, type ConditionContext } from "../../report/test-helpers/condition-vote.js";
import type { VoteBundle } from "../../report/vote-bundle.js";
import { ledgerEntryDraft } from "../dues-records.js";
import { standingSetDrafts } from "../standing-set.js";

/** A vector as standing.json holds it. */
export interface StandingVector {
  readonly name: string;
  readonly rule: string;
  readonly openAt: string;
  readonly members: readonly string[];
  readonly payments: readonly { id: string; member: string; until: string; corrects?: string; taken?: boolean; signer?: string; note: string }[];
  readonly voters: readonly string[];
  readonly expected: {
    readonly day: string;
    readonly taken: number;
    readonly electorate: readonly string[];
    readonly excluded: readonly { member: string; paidUntil: string | null }[];
    readonly records: Readonly<Record<string, string>>;
  };
}

/** The signed vote and how to read its labels back. */
export interface StandingVote {
  readonly bundle: VoteBundle;
  /** Label → member key, for every person the vector names and `chair`. */
  readonly keys: ReadonlyMap<string, MemberKey>;
  /** Vector payment id → signed record id. */
  readonly ids: ReadonlyMap<string, RecordId>;
  /** Signs a ballot of `label` in the vote's box (for bad-input tests). */
  readonly ballotOf: (label: string) => Promise<{ record: ParsedRecord; box: string }>;
}

/** Builds the signed vote of `vector`. */
export async function standingVote(vector: StandingVector): Promise<StandingVote> {
  const ids = new Map<string, RecordId>();
  const pay = async (c: ConditionContext, p: StandingVector["payments"][number], i: number, after: readonly RecordId[]) => {
    const corrects = p.corrects === undefined ? null : ids.get(p.corrects)!;
    const fields = { chapter: c.chapter, entry: "payment", member: c.person(p.member).publicKey, until: p.until, amount: 1500, currency: "EUR", corrects, note: p.note } as const;
    const at = p.taken === false ? c.openAt + 60_000 * (i + 1) : c.T0 + 60_000 * (i + 1);
    const record = await signDraft(c.person(p.signer ?? "chair"), ledgerEntryDraft(fields, [c.roles.get("treasurer")!.id, c.admits.get(p.member)!.id, ...after]), at);
    ids.set(p.id, record.id);
    c.writer.put("chapter", c.chapterUrl, "dues", record);
  };
  const vote = await conditionVote(vector, {
    label: "standing",
    roles: ["facilitator", "treasurer"],
    taken: async (c) => {
      for (const [i, p] of vector.payments.entries()) if (p.taken !== false) await pay(c, p, i, []);
      const taken = vector.payments.filter((p) => p.taken !== false).map((p) => ids.get(p.id)!);
      const sets = await Promise.all(standingSetDrafts(taken, c.chapter).map((draft) => signDraft(c.chair, draft, c.openAt - 1000)));
      for (const set of sets) c.writer.put("proposal", c.proposalUrl, "votes", set);
      return { standing: { sets: sets.map((set) => set.id) } };
    },
    late: async (c, open) => {
      for (const [i, p] of vector.payments.entries()) if (p.taken === false) await pay(c, p, i, [open.id]);
    },
  });
  return { bundle: vote.bundle, keys: vote.keys, ids, ballotOf: vote.ballotOf };
}
