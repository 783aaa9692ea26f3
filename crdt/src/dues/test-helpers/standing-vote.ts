/**
 * A signed vote bundle from a standing vector (crdt/vectors/dues/standing.json), so the vectors
 * pass through the verifier (V9) and `chapterhouse verify`: the chapter `riverside` founded by
 * `chair`, who makes themself its facilitator and treasurer; every member admitted by their own
 * record; the proposal, its version, the payments the treasurer records (a minute apart, each
 * citing the treasurer holding and the member's admission; a correction also its target), the
 * standing sets listing the taken ones, the open, a `for` ballot from each voter and a close
 * sealing the tally. Payments not taken are made after the open and cite it.
 */
import type { CanonicalValue } from "../../records/canonical.js";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import { admitDraft, genesisDraft, roleDraft } from "../../membership/membership-records.js";
import { contentHash } from "../../proposals/content-hash.js";
import { signProposal, signVersion } from "../../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { signerNamed, urlNamed, verifier } from "../../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../../report/verify-vote.js";
import type { VoteBundle } from "../../report/vote-bundle.js";
import { BundleWriter } from "../../simulation/bundle-writer.js";
import { signBallot, signClose, signOpen, type OpenFields } from "../../votes/vote-records.js";
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
  const people = new Map<string, Signer>();
  for (const label of ["chair", ...vector.members]) people.set(label, await signerNamed(`standing ${label}`));
  const person = (label: string) => people.get(label)!;
  const chair = person("chair");
  const openAt = Date.parse(vector.openAt);
  const T0 = openAt - 86_400_000;
  const writer = new BundleWriter();
  const organisation = urlNamed("standing organisation");
  const chapterUrl = urlNamed(`standing chapter ${vector.name}`);

  const genesis = await signDraft(chair, genesisDraft({ name: "riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [chair.publicKey] }), T0);
  writer.put("organisation", organisation, "chapters", genesis);
  const chapter = genesis.id as ChapterId;
  const governance: ParsedRecord[] = [genesis];
  const grant = async (role: string, at: number) => {
    const record = await signDraft(chair, roleDraft({ chapter, member: chair.publicKey, role, grant: true }), at);
    writer.put("chapter", chapterUrl, "governance", record);
    governance.push(record);
    return record;
  };
  const facilitator = await grant("facilitator", T0);
  const treasurer = await grant("treasurer", T0 + 1);
  const admits = new Map<string, ParsedRecord>();
  for (const member of vector.members) {
    const admit = await signDraft(person(member), admitDraft({ chapter }), T0 + 2);
    writer.put("chapter", chapterUrl, "governance", admit);
    governance.push(admit);
    admits.set(member, admit);
  }

  const proposalUrl = urlNamed(`standing proposal ${vector.name}`);
  const text = "We repaint the hall.";
  const proposal = await signProposal(chair, { chapter, title: vector.name.slice(0, 200), document: proposalUrl }, { at: T0 + 3, deps: [facilitator.id] });
  const version = await signVersion(chair, { proposal: proposal.id as ProposalId, n: 1, text, options: [] }, { at: T0 + 4, deps: [chapter] });
  writer.put("proposal", proposalUrl, "origin", proposal);
  writer.put("chapter", chapterUrl, "proposals", proposal);
  writer.put("proposal", proposalUrl, "versions", version);

  const ids = new Map<string, RecordId>();
  const pay = async (p: StandingVector["payments"][number], i: number, after: readonly RecordId[]) => {
    const corrects = p.corrects === undefined ? null : ids.get(p.corrects)!;
    const fields = { chapter, entry: "payment", member: person(p.member).publicKey, until: p.until, amount: 1500, currency: "EUR", corrects, note: p.note } as const;
    const at = p.taken === false ? openAt + 60_000 * (i + 1) : T0 + 60_000 * (i + 1);
    const record = await signDraft(person(p.signer ?? "chair"), ledgerEntryDraft(fields, [treasurer.id, admits.get(p.member)!.id, ...after]), at);
    ids.set(p.id, record.id);
    writer.put("chapter", chapterUrl, "dues", record);
    return record;
  };
  for (const [i, p] of vector.payments.entries()) if (p.taken !== false) await pay(p, i, []);
  const taken = vector.payments.filter((p) => p.taken !== false).map((p) => ids.get(p.id)!);
  const sets = await Promise.all(standingSetDrafts(taken, chapter).map((draft) => signDraft(chair, draft, openAt - 1000)));
  for (const set of sets) writer.put("proposal", proposalUrl, "votes", set);

  const cited = new Set(governance.flatMap((r) => r.envelope.deps));
  const box = { chapter, shard: 0, document: urlNamed(`standing box ${vector.name}`) };
  const openFields: OpenFields = {
    chapter,
    proposal: proposal.id as ProposalId,
    version: version.id,
    textHash: contentHash({ text, options: [] }),
    options: [],
    rule: { type: "majority" },
    quorum: null,
    closesAt: openAt + 3_600_000,
    finalAt: openAt + 7_200_000,
    heads: governance.map((r) => r.id).filter((id) => !cited.has(id)),
    shards: 1,
    boxes: [box],
    standing: { sets: sets.map((set) => set.id) },
  };
  const open = await signOpen(chair, openFields, { at: openAt, deps: [facilitator.id] });
  writer.put("proposal", proposalUrl, "votes", open);
  for (const [i, p] of vector.payments.entries()) if (p.taken === false) await pay(p, i, [open.id]);

  const ballotOf = async (label: string) => ({
    record: await signBallot(person(label), { chapter, proposal: proposal.id as ProposalId, open: open.id, textHash: openFields.textHash, choice: "for", seq: 1 }, { at: openAt + 100 }),
    box: box.document,
  });
  const ballots: ParsedRecord[] = [];
  for (const voter of vector.voters) {
    const { record } = await ballotOf(voter);
    writer.put("ballot-box", box.document, "ballots", record);
    ballots.push(record);
  }
  const vote = { proposal: proposal.id as ProposalId, open: open.id };
  const unclosed = await verifyVote(writer.bundle(vote), verifier);
  const { close, counted } = await signClose(
    chair,
    { open: open.id, boxes: [{ chapter, shard: 0, ids: ballots.map((b) => b.id) }], result: unclosed.recomputed as CanonicalValue },
    { at: openAt + 3_600_000, deps: [chapter, facilitator.id] },
  );
  writer.put("proposal", proposalUrl, "votes", close);
  for (const record of counted) writer.put("ballot-box", box.document, "counted", record);

  const keys = new Map([...people].map(([label, signer]) => [label, signer.publicKey]));
  return { bundle: writer.bundle(vote), keys, ids, ballotOf };
}
