/**
 * Reading a proposal's votes (PROTOCOL.md V12): the verification of the vote shown (`judgeVote`
 * over `voteBundleFor`, V9) and, projected from that same pass, what a device shows besides the
 * report — the versions a vote can be opened on, every open, each member's current ballot (V4.8,
 * as judged), the member's own, the closes, the close a facilitator can sign now and, when the
 * current close missed valid ballots, the superseding close (V5.7). Nothing here judges a record
 * again: each status, current ballot and count is the one the report rests on.
 */
import { isObject } from "../records/canonical.js";
import type { DocumentUrl, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import { is32Bytes } from "../membership/body-fields.js";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import type { TallyResult } from "../tally/types.js";
import type { Verifier } from "../verify/verifier.js";
import { boxFor } from "../votes/ballot-boxes.js";
import { tallyOf } from "../votes/tally-of.js";
import { parseVoteBody, type BallotBody, type OpenBody } from "../votes/vote-bodies.js";
import type { BoxTally } from "../votes/vote-records.js";
import { closePresenceOf } from "../assemblies/attendance-set.js";
import { judgeVote, type JudgedVote, type VerifyVoteOptions, type VoteJudge } from "./verify-vote.js";
import { voteBundleFor } from "./vote-bundle-for.js";
import type { VoteBundleDocument } from "./vote-bundle.js";
import type { BallotSummary, CarriedWeight, ClosePlan, OpenSummary, VoteReadInput, VoteReading } from "./vote-reading.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An open record of the proposal and its body, read from a text under its own id. */
interface ReadOpen {
  readonly record: ParsedRecord;
  readonly body: OpenBody;
}

/** Every readable open of `proposal` held in a Proposal document's `votes`, by id (held records as the chokepoint parsed them). */
function opensOf(documents: readonly VoteBundleDocument[], proposal: ProposalId, held?: ReadonlyMap<RecordId, ParsedRecord>): ReadOpen[] {
  const opens = new Map<string, ReadOpen>();
  for (const document of documents) {
    if (document.type !== "proposal") continue;
    for (const [key, text] of Object.entries(document.records["votes"] ?? {})) {
      if (opens.has(key)) continue;
      const parsed = held?.get(key as RecordId) ?? parseRecord(text);
      if (!isParsed(parsed) || parsed.id !== key || parsed.envelope.kind !== "open") continue;
      const body = parseVoteBody("open", parsed.envelope.body);
      if (body.ok && (body.body as OpenBody).proposal === proposal) opens.set(key, { record: parsed, body: body.body as OpenBody });
    }
  }
  return [...opens.values()].sort((a, b) => byText(a.record.id, b.record.id));
}

/** V12.1 ahead of judging: the open no other readable open supersedes, the first by id; so one pass usually suffices. */
function likelyShown(opens: readonly ReadOpen[]): RecordId | undefined {
  const superseded = new Set(opens.flatMap((open) => open.body.supersedes));
  return opens.find((open) => !superseded.has(open.record.id))?.record.id;
}

/** V12.1: the current open, else the first contested one, else the latest readable one; null with none. */
function shownOpen(judged: JudgedVote, opens: readonly ReadOpen[]): RecordId | null {
  if (opens.length === 0) return null;
  if (judged.opens.current !== undefined) return judged.opens.current;
  if (judged.opens.contested.length > 0) return judged.opens.contested[0]!;
  const latest = [...opens].sort((a, b) => b.record.envelope.at - a.record.envelope.at || byText(a.record.id, b.record.id))[0]!;
  return latest.record.id;
}

/** Options of `readVote`: `verifyVote`'s, and how a vote bundle is judged (default: `judgeVote` with them). */
export interface ReadVoteOptions extends VerifyVoteOptions {
  readonly judge?: VoteJudge;
}

/**
 * Reads the votes of `input.proposal` (V12): the report of the open asked for, else of the open
 * V12.1 chooses, with everything the screens show projected from the same verification. Ids in
 * `options.verified` are not checked again (S8), as in `verifyVote`: the reading is the same.
 * Never throws on document content.
 * @throws whatever the verifier or `options.judge` throws (a backend failure).
 */
export async function readVote(input: VoteReadInput, verifier: Verifier, options: ReadVoteOptions = {}): Promise<VoteReading> {
  const { judge = (bundle) => judgeVote(bundle, verifier, options) } = options;
  const readable = opensOf(input.documents, input.proposal);
  // A proposal with no open yet is read with its own id as the open: the report then says only
  // what the proposal is (its versions, author, stage).
  const first = input.open ?? likelyShown(readable) ?? input.proposal;
  let judged = await judge(voteBundleFor(input.documents, input.proposal, first));
  const target = input.open ?? shownOpen(judged, readable);
  if (target !== null && target !== first) judged = await judge(voteBundleFor(input.documents, input.proposal, target));
  return readingOf(judged, input, target);
}

function readingOf(judged: JudgedVote, input: VoteReadInput, target: RecordId | null): VoteReading {
  const { report, read } = judged;
  const lines = new Map(report.records.map((line) => [line.id, line.status]));
  const opens: OpenSummary[] = opensOf(judged.bundle.documents, input.proposal, read.held).map(({ record, body }) => ({
    id: record.id,
    status: lines.get(record.id) ?? "malformed",
    signer: record.envelope.signer,
    at: record.envelope.at,
    body,
  }));
  const creation = read.held.get(input.proposal)?.envelope.body;
  const document = isObject(creation) ? creation["document"] : undefined;
  const proposal = {
    id: input.proposal,
    chapter: report.vote.chapter,
    title: report.proposal.title,
    author: report.proposal.author,
    stage: report.proposal.stage,
    document: typeof document === "string" ? (document as DocumentUrl) : null,
    versions: [...judged.proposal.versions.values()]
      .map(({ record, body, textHash }) => ({ id: record.id, n: body.n, text: body.text, options: body.options, textHash }))
      .sort((a, b) => a.n - b.n || byText(a.id, b.id)),
  };
  const signers: { [record: string]: MemberKey } = {};
  for (const entry of [...report.problems, ...report.notes]) {
    const signer = entry.record === null ? undefined : (read.held.get(entry.record)?.envelope.signer ?? read.refused.get(entry.record)?.signer ?? undefined);
    if (entry.record !== null && signer !== undefined) signers[entry.record] = signer;
  }
  const open = opens.find((summary) => summary.id === target);
  const none = { ballots: [], mine: { current: null, highestSeq: 0, box: null, carries: null }, closes: [], closePlan: null, supersedePlan: null, decision: null };
  if (target === null || open === undefined) return { proposal, opens, open: target, report: target === null ? null : report, signers, ...none };
  return { proposal, opens, open: target, report, signers, ...votesOf(judged, open, input.member) };
}

type VoteParts = Pick<VoteReading, "ballots" | "mine" | "closes" | "closePlan" | "supersedePlan" | "decision">;

/** What the screens show of the vote `open`, from its judgement. */
function votesOf(judged: JudgedVote, open: OpenSummary, member: MemberKey | null): VoteParts {
  const { read, report, ballots, closes } = judged;
  const lines = new Map(report.records.map((line) => [line.id, line.status]));
  const summary = (id: RecordId): BallotSummary => {
    const { record, body } = ballots.eligible.get(id)!;
    return { id, member: record.envelope.signer, seq: body.seq, choice: body.choice, at: record.envelope.at };
  };
  const current = [...ballots.current].sort(([a], [b]) => byText(a, b)).map(([, id]) => summary(id));
  const mine = member === null ? undefined : ballots.current.get(member);
  const box = member !== null && is32Bytes(member) && judged.causal !== undefined ? (boxFor(open.body, judged.causal.fold.roster, member) ?? null) : null;

  // V12.3: the open's boxes, each with the ids a close counts there: those the close it supersedes
  // counted there, and the added ballots the first of its boxes (in the open's order) holds.
  const list = open.body.boxes.list;
  const boxIndex = (id: RecordId) => list.findIndex((entry) => (read.places.get(id) ?? []).some((place) => place.type === "ballot-box" && place.url === entry.document));
  const placed = (added: readonly RecordId[], base: readonly BoxTally[]): BoxTally[] =>
    list.map((entry, i) => ({
      chapter: entry.chapter,
      shard: entry.shard,
      ids: [...(base.find((b) => b.chapter === entry.chapter && b.shard === entry.shard)?.ids ?? []), ...added.filter((id) => boxIndex(id) === i)].sort(byText),
    }));
  const plan = (boxes: readonly BoxTally[], result: TallyResult | undefined, supersedes: RecordId | null, adds: number): ClosePlan | null => {
    const counted = boxes.reduce((sum, entry) => sum + entry.ids.length, 0);
    // AS8.6: a vote of the members present seals the room beside its result.
    const room = report.present === undefined ? {} : { presence: closePresenceOf(report.present) };
    return result === undefined ? null : { boxes, result, supersedes, counted, adds, ...room };
  };
  const isCurrentOpen = open.status === "valid";
  const held = [...(closes?.valid.values() ?? [])].sort((a, b) => byText(a.record.id, b.record.id));
  let closePlan: ClosePlan | null = null;
  let supersedePlan: ClosePlan | null = null;
  if (isCurrentOpen && report.close === null && held.length === 0) {
    // A first close counts each member's current ballot: its result is the tally the report recomputed (V9.4).
    closePlan = plan(placed(current.map((ballot) => ballot.id), []), (report.recomputed ?? undefined) as TallyResult | undefined, null, 0);
  } else if (isCurrentOpen && report.close !== null) {
    const sealed = closes!.valid.get(report.close)!;
    const countedMembers = new Set([...sealed.counted].map((id) => ballots.eligible.get(id)!.record.envelope.signer));
    const missed = current.filter((ballot) => lines.get(ballot.id) === "not-counted" && !countedMembers.has(ballot.member));
    if (missed.length > 0) {
      const boxes = placed(missed.map((ballot) => ballot.id), sealed.boxes);
      const counted = boxes.flatMap((entry) => entry.ids).map((id) => summary(id));
      supersedePlan = plan(boxes, tallyOf(open.body, judged.electorate, counted, judged.delegation.resolve), report.close, missed.length);
    }
  }

  const decision = report.decisions.find((line) => line.status === "valid");
  const decisionRecord = decision === undefined ? undefined : read.held.get(decision.id);
  return {
    ballots: current,
    mine: { current: mine === undefined ? null : summary(mine), highestSeq: highestSeq(judged, open.id, member), box, carries: carriedBy(judged, member) },
    closes: held.map(({ record, body, counted: ids }) => ({
      id: record.id,
      status: closes!.verdicts.get(record.id)!.status,
      signer: record.envelope.signer,
      at: record.envelope.at,
      supersedes: body.supersedes,
      counted: ids.size,
      result: body.result as unknown as TallyResult,
    })),
    closePlan,
    supersedePlan,
    decision: decisionRecord === undefined ? null : { id: decisionRecord.id, signer: decisionRecord.envelope.signer, at: decisionRecord.envelope.at },
  };
}

/** V12.2: the highest `seq` of the member's ballots answering the open in its boxes, eligible or not (0 with none). */
function highestSeq(judged: JudgedVote, open: RecordId, member: MemberKey | null): number {
  let highest = 0;
  if (member === null) return highest;
  for (const [id, record] of judged.read.held) {
    if (record.envelope.kind !== "ballot" || record.envelope.signer !== member) continue;
    if (!(judged.read.places.get(id) ?? []).some((place) => place.type === "ballot-box")) continue;
    const body = parseVoteBody("ballot", record.envelope.body);
    if (body.ok && (body.body as BallotBody).open === open) highest = Math.max(highest, (body.body as BallotBody).seq);
  }
  return highest;
}

/**
 * V12.4: the weight `member` casts by voting now — DG4 over the signers of the current ballots and
 * the member — with the members it would carry. Null without delegation or outside the electorate.
 */
function carriedBy(judged: JudgedVote, member: MemberKey | null): CarriedWeight | null {
  if (member === null || judged.delegation.settings === undefined) return null;
  const own = judged.electorate.find((entry) => entry.member === member)?.weight;
  const outcome = own === undefined ? undefined : judged.delegation.resolve(new Set([...judged.ballots.current.keys(), member]));
  if (own === undefined || outcome === undefined) return null;
  const members: CarriedWeight["members"][number][] = [];
  for (const line of outcome.members) if (line.status === "carried" && line.via.at(-1) === member) members.push({ member: line.member, weight: line.weight, via: line.via });
  return { own, weight: members.reduce((sum, line) => sum + line.weight, own), members };
}
