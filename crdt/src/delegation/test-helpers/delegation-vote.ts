/**
 * A signed vote bundle from a delegation vector (crdt/vectors/delegation/resolution.json), so the
 * vectors also pass through the verifier (V9) and `chapterhouse verify`: a chapter tree of the
 * vector's deciding chapter and its ancestors, founded by `chair` (the facilitator, a member who
 * neither votes nor delegates: `absent`); every electorate member admitted by their own record to
 * the deciding chapter, or to a sub-chapter weighing their weight; the proposal `P`, its version, the
 * delegation and decline records (each at T0 plus its vector `at`), the sets listing the taken ones,
 * the open (at T0 + `openAt`), a `for` ballot from each voter, and a close sealing the tally.
 */
import type { CanonicalValue } from "../../records/canonical.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import { LEVELS } from "../../membership/bodies.js";
import { admitDraft, genesisDraft, roleDraft } from "../../membership/membership-records.js";
import { contentHash } from "../../proposals/content-hash.js";
import { signProposal, signVersion } from "../../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { signerNamed, urlNamed, verifier } from "../../report/test-helpers/vote-scenario.js";
import { verifyVote } from "../../report/verify-vote.js";
import type { VoteBundle } from "../../report/vote-bundle.js";
import { BundleWriter } from "../../simulation/bundle-writer.js";
import { signBallot, signClose, signOpen, type OpenFields } from "../../votes/vote-records.js";
import type { DelegationScope } from "../delegation-bodies.js";
import { declineDraft, delegateDraft, delegationSetDrafts } from "../delegation-records.js";

export const T0 = 1_750_000_000_000;

/** A vector as resolution.json holds it. */
export interface DelegationVector {
  readonly name: string;
  readonly rule: string;
  readonly context: { proposal: string; chapter: string; ancestors: string[]; topic: string | null; openAt: number };
  readonly depth: number;
  readonly cap: number | null;
  readonly electorate: { member: string; weight: number }[];
  readonly voters: string[];
  readonly delegates: { id: string; signer: string; scope: DelegationScope; to: string | null; seq: number; expires: number | null; at: number; taken?: boolean }[];
  readonly declines: { id: string; signer: string; delegation: string }[];
}

/** The signed vote and how to read its labels back. */
export interface DelegationVote {
  readonly bundle: VoteBundle;
  /** Label → member key, for every person the vector names and `chair`. */
  readonly keys: ReadonlyMap<string, MemberKey>;
  /** Vector record id → signed record id. */
  readonly ids: ReadonlyMap<string, RecordId>;
  /** Signed records by vector id, to tamper with. */
  readonly records: ReadonlyMap<string, ParsedRecord>;
  readonly people: ReadonlyMap<string, Signer>;
}

/** Options: `sign` signs a vector's delegate record in place of its signer (bad-input tests). */
export interface DelegationVoteOptions {
  readonly sign?: (id: string, signer: Signer) => Signer;
}

/** Builds the signed vote of `vector`. */
export async function delegationVote(vector: DelegationVector, options: DelegationVoteOptions = {}): Promise<DelegationVote> {
  const labels = new Set<string>(["chair", ...vector.electorate.map((e) => e.member)]);
  for (const d of vector.delegates) for (const label of [d.signer, d.to]) if (label !== null) labels.add(label);
  for (const d of vector.declines) labels.add(d.signer);
  const people = new Map<string, Signer>();
  for (const label of labels) people.set(label, await signerNamed(`delegation ${label}`));
  const person = (label: string) => people.get(label)!;
  const chair = person("chair");
  const writer = new BundleWriter();
  const organisation = urlNamed("delegation organisation");

  // The chapter tree: the farthest ancestor first; the deciding chapter; one sub-chapter per weight above 1.
  const chapters = new Map<string, { id: ChapterId; url: DocumentUrl }>();
  const governance: ParsedRecord[] = [];
  const depth = new Map<string, number>();
  const found = async (label: string, parent: string | null) => {
    const url = urlNamed(`delegation chapter ${vector.name} ${label}`);
    const parentId = parent === null ? null : chapters.get(parent)!.id;
    depth.set(label, parent === null ? 0 : depth.get(parent)! + 1);
    const draft = genesisDraft({ name: label, level: LEVELS[depth.get(label)!]!, parent: parentId, place: null, document: url, admission: { sponsors: 0, countersign: false }, founders: [chair.publicKey] });
    const genesis = await signDraft(chair, draft, T0);
    writer.put("organisation", organisation, "chapters", genesis);
    governance.push(genesis);
    chapters.set(label, { id: genesis.id as ChapterId, url });
  };
  const line = [...vector.context.ancestors].reverse();
  for (const [i, label] of line.entries()) await found(label, i === 0 ? null : line[i - 1]!);
  const deciding = vector.context.chapter;
  await found(deciding, line.at(-1) ?? null);
  const city = chapters.get(deciding)!;
  const weights = [...new Set(vector.electorate.map((e) => e.weight).filter((w) => w > 1))].sort((a, b) => a - b);
  for (const weight of weights) await found(`weight ${weight}`, deciding);
  const role = await signDraft(chair, roleDraft({ chapter: city.id, member: chair.publicKey, role: "facilitator", grant: true }), T0);
  writer.put("chapter", city.url, "governance", role);
  governance.push(role);
  for (const { member, weight } of vector.electorate) {
    const home = weight > 1 ? chapters.get(`weight ${weight}`)! : city;
    const admit = await signDraft(person(member), admitDraft({ chapter: home.id }), T0 + 1);
    writer.put("chapter", home.url, "governance", admit);
    governance.push(admit);
  }

  // The proposal, its version, the delegation records, their sets and the open.
  const proposalUrl = urlNamed(`delegation proposal ${vector.name}`);
  const text = "We adopt the budget.";
  const proposal = await signProposal(chair, { chapter: city.id, title: vector.name.slice(0, 200), document: proposalUrl }, { at: T0 + 2, deps: [role.id] });
  const version = await signVersion(chair, { proposal: proposal.id as ProposalId, n: 1, text, options: [] }, { at: T0 + 3, deps: [city.id] });
  writer.put("proposal", proposalUrl, "origin", proposal);
  writer.put("chapter", city.url, "proposals", proposal);
  writer.put("proposal", proposalUrl, "versions", version);
  const idOf = (label: string): RecordId => (label === vector.context.proposal ? (proposal.id) : chapters.get(label)!.id);
  const scopeOf = (scope: DelegationScope): DelegationScope =>
    "proposal" in scope ? { proposal: idOf(scope.proposal) as ProposalId } : "topic" in scope ? { chapter: idOf(scope.chapter) as ChapterId, topic: scope.topic } : { chapter: idOf(scope.chapter) as ChapterId, subchapters: scope.subchapters };

  const ids = new Map<string, RecordId>();
  const records = new Map<string, ParsedRecord>();
  const late: (typeof vector.delegates)[number][] = [];
  for (const d of vector.delegates) {
    if (d.taken === false) {
      late.push(d);
      continue;
    }
    const fields = { scope: scopeOf(d.scope), to: d.to === null ? null : person(d.to).publicKey, seq: d.seq, expires: d.expires === null ? null : T0 + d.expires };
    const signer = options.sign?.(d.id, person(d.signer)) ?? person(d.signer);
    // Records sharing a signer, scope and seq keep their vector ids' order in their signed ids
    // (DG2.5 picks the smaller): a later one is signed a millisecond later until it sorts after.
    const rivals = vector.delegates.filter((o) => o !== d && o.signer === d.signer && o.seq === d.seq && JSON.stringify(o.scope) === JSON.stringify(d.scope) && ids.has(o.id));
    let record: ParsedRecord;
    for (let shift = 0; ; shift++) {
      record = await signDraft(signer, delegateDraft(fields), T0 + d.at + shift);
      if (rivals.every((o) => o.id < d.id === ids.get(o.id)! < record.id)) break;
    }
    ids.set(d.id, record.id);
    records.set(d.id, record);
    writer.put("chapter", city.url, "delegations", record);
  }
  for (const d of vector.declines) {
    const record = await signDraft(person(d.signer), declineDraft(ids.get(d.delegation)!), T0 + 500);
    ids.set(d.id, record.id);
    records.set(d.id, record);
    writer.put("chapter", city.url, "delegations", record);
  }
  const sets = await Promise.all(delegationSetDrafts([...ids.values()], [city.id]).map((draft) => signDraft(chair, draft, T0 + 900)));
  for (const set of sets) writer.put("proposal", proposalUrl, "votes", set);

  const cited = new Set(governance.flatMap((r) => r.envelope.deps));
  const box = { chapter: city.id, shard: 0, document: urlNamed(`delegation box ${vector.name}`) };
  const openAt = T0 + vector.context.openAt;
  const openFields: OpenFields = {
    chapter: city.id,
    proposal: proposal.id as ProposalId,
    version: version.id,
    textHash: contentHash({ text, options: [] }),
    options: [],
    rule: { type: "majority" },
    quorum: null,
    closesAt: openAt + 1000,
    finalAt: openAt + 2000,
    heads: governance.map((r) => r.id).filter((id) => !cited.has(id)),
    weights: weights.map((weight) => ({ chapter: chapters.get(`weight ${weight}`)!.id, weight })),
    shards: 1,
    boxes: [box],
    delegations: { sets: sets.map((set) => set.id), depth: vector.depth, cap: vector.cap, topic: vector.context.topic },
  };
  const open = await signOpen(chair, openFields, { at: openAt, deps: [role.id] });
  writer.put("proposal", proposalUrl, "votes", open);

  // Records made after the open (they cite it), which no set can list.
  for (const d of late) {
    const fields = { scope: scopeOf(d.scope), to: d.to === null ? null : person(d.to).publicKey, seq: d.seq, expires: d.expires === null ? null : T0 + d.expires };
    const record = await signDraft(person(d.signer), delegateDraft(fields, [open.id]), T0 + d.at);
    ids.set(d.id, record.id);
    records.set(d.id, record);
    writer.put("chapter", city.url, "delegations", record);
  }

  const ballots: ParsedRecord[] = [];
  for (const voter of vector.voters) {
    const ballot = await signBallot(person(voter), { chapter: city.id, proposal: proposal.id as ProposalId, open: open.id, textHash: openFields.textHash, choice: "for", seq: 1 }, { at: openAt + 100 });
    writer.put("ballot-box", box.document, "ballots", ballot);
    ballots.push(ballot);
  }
  const vote = { proposal: proposal.id as ProposalId, open: open.id };
  // The close seals the tally every device recomputes (DG5).
  const unclosed = await verifyVote(writer.bundle(vote), verifier);
  const { close, counted } = await signClose(
    chair,
    { open: open.id, boxes: [{ chapter: city.id, shard: 0, ids: ballots.map((b) => b.id) }], result: unclosed.recomputed as CanonicalValue },
    { at: openAt + 1000, deps: [city.id, role.id] },
  );
  writer.put("proposal", proposalUrl, "votes", close);
  for (const record of counted) writer.put("ballot-box", box.document, "counted", record);

  const keys = new Map([...people].map(([label, signer]) => [label, signer.publicKey]));
  return { bundle: writer.bundle(vote), keys, ids, records, people };
}
