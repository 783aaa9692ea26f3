/**
 * A signed vote bundle whose open carries one field that keeps the electorate to some members
 * (good standing DU8, the members present AS8), for the vector tests of those conditions: the
 * chapter `riverside` founded by `chair`, who grants themself the vector's roles (facilitator
 * first); every member admitted by their own record; what the condition signs before the proposal
 * (`before`), the proposal and its version, what it signs before the open and the field it
 * returns (`taken`), the open, what it signs after the open (`late`), a `for` ballot from each
 * voter and a close sealing the tally (and what `sealed` adds to it). The steps before the
 * proposal are a millisecond apart from a day before the open.
 */
import type { CanonicalValue } from "../../records/canonical.js";
import type { ChapterId, DocumentUrl, MemberKey, ProposalId } from "../../records/ids.js";
import { signDraft } from "../../kinds/record-draft.js";
import { admitDraft, genesisDraft, roleDraft } from "../../membership/membership-records.js";
import { contentHash } from "../../proposals/content-hash.js";
import { signProposal, signVersion } from "../../proposals/proposal-records.js";
import type { ParsedRecord, Signer } from "../../records/record.js";
import { BundleWriter } from "../../simulation/bundle-writer.js";
import { signBallot, signClose, signOpen, type CloseFields, type OpenFields } from "../../votes/vote-records.js";
import { verifyVote } from "../verify-vote.js";
import type { VoteBundle } from "../vote-bundle.js";
import type { VoteReport } from "../vote-report.js";
import { signerNamed, urlNamed, verifier } from "./vote-scenario.js";

/** What every condition's vector holds. */
export interface ConditionVector {
  readonly name: string;
  readonly openAt: string;
  readonly members: readonly string[];
  readonly voters: readonly string[];
}

/** The vote as the condition's steps see it. */
export interface ConditionContext {
  readonly writer: BundleWriter;
  readonly person: (label: string) => Signer;
  readonly chair: Signer;
  readonly chapter: ChapterId;
  readonly chapterUrl: DocumentUrl;
  readonly proposalUrl: DocumentUrl;
  readonly genesis: ParsedRecord;
  /** Role → the chair's grant of it. */
  readonly roles: ReadonlyMap<string, ParsedRecord>;
  /** Member label → their admission. */
  readonly admits: ReadonlyMap<string, ParsedRecord>;
  /** The open's time, and a day before it. */
  readonly openAt: number;
  readonly T0: number;
  /** The next millisecond of the steps before the proposal. */
  readonly tick: () => number;
}

/** What a condition adds to the vote. */
export interface Condition {
  /** Signers and URLs are named after it ("present", "standing"). */
  readonly label: string;
  /** Roles the chair grants themself after founding; the first opens the vote. */
  readonly roles: readonly string[];
  /** Signs what stands before the proposal (the event and its assembly). */
  readonly before?: (c: ConditionContext) => Promise<void>;
  /** Signs what the open takes and returns the open's field that names it. */
  readonly taken: (c: ConditionContext) => Promise<Pick<OpenFields, "standing" | "present">>;
  /** Signs what is made after the open (it cites the open). */
  readonly late: (c: ConditionContext, open: ParsedRecord) => Promise<void>;
  /** What the close records beside the tally, from the report of the vote before its close. */
  readonly sealed?: (unclosed: VoteReport) => Pick<CloseFields, "presence">;
}

/** The signed vote and how to read its labels back. */
export interface ConditionVote {
  readonly bundle: VoteBundle;
  /** Label → member key, for every person the vector names and `chair`. */
  readonly keys: ReadonlyMap<string, MemberKey>;
  readonly open: ParsedRecord;
  /** Signs a ballot of `label` in the vote's box (for bad-input tests). */
  readonly ballotOf: (label: string) => Promise<{ record: ParsedRecord; box: string }>;
  /** Signs another close of the vote from the chair, a minute after the first, with `sealed` as given, and its counted records for the box (for bad-input tests). */
  readonly closeWith: (sealed: Pick<CloseFields, "presence">) => Promise<{ close: ParsedRecord; counted: ParsedRecord[]; box: string }>;
}

/** Builds the signed vote of `vector` under `condition`. */
export async function conditionVote(vector: ConditionVector, condition: Condition): Promise<ConditionVote> {
  const { label } = condition;
  const people = new Map<string, Signer>();
  for (const name of ["chair", ...vector.members]) people.set(name, await signerNamed(`${label} ${name}`));
  const person = (name: string) => people.get(name)!;
  const chair = person("chair");
  const openAt = Date.parse(vector.openAt);
  const T0 = openAt - 86_400_000;
  let next = T0;
  const tick = () => next++;
  const writer = new BundleWriter();
  const organisation = urlNamed(`${label} organisation`);
  const chapterUrl = urlNamed(`${label} chapter ${vector.name}`);

  const genesis = await signDraft(chair, genesisDraft({ name: "riverside", level: "international", parent: null, place: null, document: chapterUrl, admission: { sponsors: 0, countersign: false }, founders: [chair.publicKey] }), T0);
  writer.put("organisation", organisation, "chapters", genesis);
  const chapter = genesis.id as ChapterId;
  const governance: ParsedRecord[] = [genesis];
  const roles = new Map<string, ParsedRecord>();
  for (const role of condition.roles) {
    const record = await signDraft(chair, roleDraft({ chapter, member: chair.publicKey, role, grant: true }), tick());
    writer.put("chapter", chapterUrl, "governance", record);
    governance.push(record);
    roles.set(role, record);
  }
  const facilitator = roles.get(condition.roles[0]!)!;
  const admits = new Map<string, ParsedRecord>();
  const admittedAt = tick();
  for (const member of vector.members) {
    const admit = await signDraft(person(member), admitDraft({ chapter }), admittedAt);
    writer.put("chapter", chapterUrl, "governance", admit);
    governance.push(admit);
    admits.set(member, admit);
  }

  const proposalUrl = urlNamed(`${label} proposal ${vector.name}`);
  const context: ConditionContext = { writer, person, chair, chapter, chapterUrl, proposalUrl, genesis, roles, admits, openAt, T0, tick };
  await condition.before?.(context);
  const text = "We repaint the hall.";
  const proposal = await signProposal(chair, { chapter, title: vector.name.slice(0, 200), document: proposalUrl }, { at: tick(), deps: [facilitator.id] });
  const version = await signVersion(chair, { proposal: proposal.id as ProposalId, n: 1, text, options: [] }, { at: tick(), deps: [chapter] });
  writer.put("proposal", proposalUrl, "origin", proposal);
  writer.put("chapter", chapterUrl, "proposals", proposal);
  writer.put("proposal", proposalUrl, "versions", version);

  const taken = await condition.taken(context);
  const cited = new Set(governance.flatMap((r) => r.envelope.deps));
  const box = { chapter, shard: 0, document: urlNamed(`${label} box ${vector.name}`) };
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
    ...taken,
  };
  const open = await signOpen(chair, openFields, { at: openAt, deps: [facilitator.id] });
  writer.put("proposal", proposalUrl, "votes", open);
  await condition.late(context, open);

  const ballotOf = async (voter: string) => ({
    record: await signBallot(person(voter), { chapter, proposal: proposal.id as ProposalId, open: open.id, textHash: openFields.textHash, choice: "for", seq: 1 }, { at: openAt + 100 }),
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
  const closeFields = (sealed: Pick<CloseFields, "presence">): CloseFields => ({
    open: open.id,
    boxes: [{ chapter, shard: 0, ids: ballots.map((b) => b.id) }],
    result: unclosed.recomputed as CanonicalValue,
    ...sealed,
  });
  const { close, counted } = await signClose(chair, closeFields(condition.sealed?.(unclosed) ?? {}), { at: openAt + 3_600_000, deps: [chapter, facilitator.id] });
  writer.put("proposal", proposalUrl, "votes", close);
  for (const record of counted) writer.put("ballot-box", box.document, "counted", record);
  const closeWith = async (sealed: Pick<CloseFields, "presence">) => {
    const signed = await signClose(chair, closeFields(sealed), { at: openAt + 3_660_000, deps: [chapter, facilitator.id] });
    return { ...signed, box: box.document };
  };

  const keys = new Map([...people].map(([name, signer]) => [name, signer.publicKey]));
  return { bundle: writer.bundle(vote), keys, open, ballotOf, closeWith };
}
