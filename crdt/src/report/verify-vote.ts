/**
 * Verifying one vote (PROTOCOL.md V9): the records of a vote bundle go through the chokepoint's
 * checks (parse, canonical form, kind per map, one signature batch: D3), the membership fold (M2),
 * then the rules of sections P and V; the result is the verification report. A pure function of
 * the set of records: any order, duplicates or partitions of the same records give the same report.
 * `judgeVote` also gives what the rules judged on the way (each record's verdict, each member's
 * current ballot, what each close counted), so that what a device shows of a vote (`readVote`,
 * V12) is read from the same pass as its report, never judged again.
 */
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import { isMembershipKind } from "../membership/kinds.js";
import type { MembershipFold } from "../membership/fold-membership.js";
import { sortByCodeUnits } from "../membership/id-ranks.js";
import { CausalRosters, type CausalRoster } from "../proposals/causal-rosters.js";
import { judgeProposal, type Accepted, type ProposalState } from "../proposals/judge-proposal.js";
import { isProposalKind } from "../proposals/kinds.js";
import type { ProposalBody } from "../proposals/proposal-bodies.js";
import { amendmentStates, proposalStage } from "../proposals/proposal-stage.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import type { ParsedRecord, RecordIdFunction } from "../records/record.js";
import type { RejectionReason } from "../records/rejection.js";
import { wellFormed } from "../encoding/utf8.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import type { Verifier } from "../verify/verifier.js";
import { choiceReader, type ChoiceReader } from "../votes/choice-check.js";
import { judgeBallots, type BallotJudgement } from "../votes/judge-ballots.js";
import { judgeCloses, type CloseJudgement } from "../votes/judge-closes.js";
import { judgeDecisions } from "../votes/judge-decisions.js";
import { judgeOpens, type OpenJudgement } from "../votes/judge-opens.js";
import { isVoteKind } from "../votes/kinds.js";
import { isDelegationKind } from "../delegation/kinds.js";
import { judgeDelegations, type DelegationJudgement } from "../delegation/judge-delegations.js";
import { isDuesKind } from "../dues/kinds.js";
import { judgeStanding, type StandingJudgement } from "../dues/judge-standing.js";
import { isPresenceKind, judgePresence, type PresenceJudgement } from "../assemblies/judge-presence.js";
import { voteTally, type VoteTally } from "../votes/vote-tally.js";
import type { OpenBody } from "../votes/vote-bodies.js";
import { weightedElectorate, type WeightedMember } from "../votes/vote-electorate.js";
import { readHeldRecords, type BundleRecords, type CheckedDocument } from "./held-records.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import { optimisticVerifier } from "../verify/optimistic-verifier.js";
import { classify } from "./classify.js";
import type { VoteBundle, VoteBundleDocument } from "./vote-bundle.js";
import { VOTE_REPORT_TYPE, type RecordLine, type ReportEntry, type VoteReport } from "./vote-report.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = (line: { readonly id: string }): string => line.id;

/**
 * Signature checks a parallel verifier may have waiting while the records are read and judged
 * (S10): enough to keep its workers busy through the fold, about 30 MB of messages at most.
 */
const CHECKS_AHEAD = 65_536;

/** A chokepoint refusal (D3.3–D3.6) as a report status (V9.2), its detail prefixed with the rule. */
function refusalVerdict(reason: RejectionReason, detail: string): Verdict {
  switch (reason) {
    case "bad-bytes":
    case "non-canonical":
      return verdict("non-canonical", "D3.4", detail);
    case "bad-signature":
      return verdict("invalid-signature", "D3.6", detail);
    case "unknown-kind":
      return verdict("malformed", "D3.5", detail);
    default:
      return verdict("malformed", "D3.4", `${reason}: ${detail}`);
  }
}

/** A membership fold rejection (M2) as a report status (V9.2); its detail already begins with its rule (M2.6). */
function foldVerdict(reason: RejectionReason, detail: string): Verdict {
  switch (reason) {
    case "missing-deps":
      return { status: "missing-deps", detail };
    case "unauthorised":
      return { status: "ineligible-signer", detail };
    default:
      return { status: "malformed", detail };
  }
}

/** Records by kind group. */
interface Groups {
  readonly membership: ParsedRecord[];
  readonly proposal: ParsedRecord[];
  readonly open: ParsedRecord[];
  readonly ballot: ParsedRecord[];
  readonly close: ParsedRecord[];
  readonly counted: ParsedRecord[];
  readonly decision: ParsedRecord[];
  readonly delegation: ParsedRecord[];
  readonly dues: ParsedRecord[];
  readonly presence: ParsedRecord[];
  readonly other: ParsedRecord[];
}

function group(held: Iterable<ParsedRecord>): Groups {
  const groups: Groups = { membership: [], proposal: [], open: [], ballot: [], close: [], counted: [], decision: [], delegation: [], dues: [], presence: [], other: [] };
  for (const record of held) {
    const kind = record.envelope.kind;
    if (isMembershipKind(kind)) groups.membership.push(record);
    else if (isProposalKind(kind)) groups.proposal.push(record);
    else if (isVoteKind(kind)) groups[kind].push(record);
    else if (isDelegationKind(kind)) groups.delegation.push(record);
    else if (isDuesKind(kind)) groups.dues.push(record);
    else if (isPresenceKind(kind)) groups.presence.push(record);
    else groups.other.push(record);
  }
  return groups;
}

/** Where records must be found (V1.4, P1.4): lookups over the places the chokepoint found them. */
class Placement {
  constructor(
    private readonly read: BundleRecords,
    private readonly fold: MembershipFold,
  ) {}

  in(record: ParsedRecord, type: string, url: DocumentUrl | undefined): boolean {
    return url !== undefined && (this.read.places.get(record.id) ?? []).some((place) => place.type === type && place.url === url);
  }

  chapterDocument(chapter: ChapterId): DocumentUrl | undefined {
    return this.fold.roster.chapters.get(chapter)?.document;
  }

  /** P1.4: a creation record in its own Proposal document or its chapter's document; others in the Proposal document. */
  proposalProblem(record: ParsedRecord, proposal: Accepted<ProposalBody>): string | undefined {
    const { document, chapter } = proposal.body;
    if (this.in(record, "proposal", document)) return undefined;
    if (record === proposal.record && this.in(record, "chapter", this.chapterDocument(chapter))) return undefined;
    return `not found in the proposal's document ${document}`;
  }
}

/** What verifying one vote judged, and its report (V9). */
export interface JudgedVote {
  readonly bundle: VoteBundle;
  /** What the chokepoint held, where, and what it refused (V9.1). */
  readonly read: BundleRecords;
  /** Each held record's verdict as the report lists it (V9.2); a held record without one is valid. */
  readonly verdicts: ReadonlyMap<string, Verdict>;
  /** The proposal's records judged (P). */
  readonly proposal: ProposalState;
  /** The proposal's opens judged (V2). */
  readonly opens: OpenJudgement;
  /** The vote's open, when it is valid. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The roster of the open's roster reference (V3.1), when the open is valid. */
  readonly causal: CausalRoster | undefined;
  /** The open's weighted electorate (V3.3), by member. */
  readonly electorate: readonly WeightedMember[];
  /** The eligible ballots and each member's current one (V4.8). */
  readonly ballots: BallotJudgement;
  /** The vote's delegation records judged, and where weight goes for a set of voters (DG). */
  readonly delegation: DelegationJudgement;
  /** The ledger entries the vote takes judged, and who is not in good standing (DU8). */
  readonly standing: StandingJudgement;
  /** The assembly and attendance the vote takes judged, and who was in the room (AS8). */
  readonly presence: PresenceJudgement;
  /** The closes judged and what each counted (V5, V6), when the open is valid. */
  readonly closes: CloseJudgement | undefined;
  readonly report: VoteReport;
}

/** Options of `verifyVote`. */
export interface VerifyVoteOptions {
  /** Ids already verified on this device, skipped and added to (S8); the report is the same. */
  readonly verified?: VerifiedIdCache;
  /** How the records' ids are computed (R3): by default the pure `recordIdOf`; the report is the same. */
  readonly recordIdOf?: RecordIdFunction;
  /** The chokepoint's verdicts on documents the caller already read (or is reading) at the same version: not parsed or checked again; the report is the same. */
  readonly checked?: CheckedDocument;
  /**
   * With a parallel verifier: given the judgement made while its workers are still checking (S10.1),
   * before it is confirmed: what the caller does with it (writing the report out) overlaps their
   * checks. It stands only if `judgeVote` resolves to this same judgement.
   */
  readonly whileConfirming?: (judged: JudgedVote) => void;
}

/**
 * A vote bundle being decoded (`VoteBundleReading`): its documents, each decoded when the
 * iteration gets to it (which throws when the text turns out not to be a bundle), then the whole.
 */
export interface VoteBundleInReading {
  readonly documents: Iterable<VoteBundleDocument>;
  /** The bundle, once `documents` has been read through. */
  whole(): VoteBundle;
}

/**
 * Judges a vote bundle as `judgeVote` does: `judgeVote` itself, or a device's cache of its
 * judgements — the same bundle always gives the same judgement, so a screen and a stage hint
 * reading the same vote can share one (ARCHITECTURE "The Repo and the verification worker").
 */
export type VoteJudge = (bundle: VoteBundle) => Promise<JudgedVote>;

/**
 * Verifies the vote a bundle is about (V9) and returns its report. Never throws on content: a
 * bundle of junk gives a report full of problems.
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content), or a bundle
 *   in reading's iteration throws (a text found not to be a bundle as it is decoded).
 */
export async function verifyVote(bundle: VoteBundle | VoteBundleInReading, verifier: Verifier, options: VerifyVoteOptions = {}): Promise<VoteReport> {
  return (await judgeVote(bundle, verifier, options)).report;
}

/**
 * Verifies the vote a bundle is about (V9): its report and what the rules judged on the way.
 * Never throws on content.
 * @throws whatever `verifier.verifyBatch` throws (a backend failure, not bad content), or a bundle
 *   in reading's iteration throws (a text found not to be a bundle as it is decoded).
 */
export async function judgeVote(bundle: VoteBundle | VoteBundleInReading, verifier: Verifier, options: VerifyVoteOptions = {}): Promise<JudgedVote> {
  const { verified: cache, recordIdOf, checked } = options;
  // A bundle in reading is whole once its documents have been read through.
  const whole = (): VoteBundle => ("whole" in bundle ? bundle.whole() : bundle);
  if (verifier.parallel !== true) {
    const read = await readHeldRecords(bundle.documents, verifier, cache, recordIdOf, checked);
    return judgeHeld(whole(), read);
  }
  // S10.1: judged while the workers check, every signature taken as valid; the judgement stands
  // if they all are, and the ids go into the cache only then. Else the same records are read again
  // with their true verdicts, checked once, the cache asked in the first pass only (it counts what
  // it spares).
  const optimistic = optimisticVerifier(verifier, CHECKS_AHEAD);
  // What the cache answered, kept as two lists (cheaper than a map of 100,000 ids, which only a
  // replay reads).
  const known: RecordId[] = [];
  const unknown: RecordId[] = [];
  const added: RecordId[] = [];
  const has = (id: RecordId): boolean => {
    const answer = cache?.has(id) === true;
    (answer ? known : unknown).push(id);
    return answer;
  };
  const deferred = cache === undefined ? undefined : { has, add: (id: RecordId) => void added.push(id) };
  // Documents the caller already checked (`checked`) hold true verdicts: only the others are taken on trust.
  const read = await readHeldRecords(bundle.documents, optimistic.verifier, deferred, recordIdOf, checked);
  const judged = judgeHeld(whole(), read);
  options.whileConfirming?.(judged);
  if (await optimistic.confirmed()) {
    for (const id of added) cache?.add(id);
    return judged;
  }
  const asked = new Map<RecordId, boolean>();
  for (const id of unknown) asked.set(id, false);
  for (const id of known) asked.set(id, true);
  const again = cache === undefined ? undefined : { has: (id: RecordId) => asked.get(id) ?? cache.has(id), add: (id: RecordId) => cache.add(id) };
  return judgeHeld(whole(), await readHeldRecords(whole().documents, optimistic.replay(), again, recordIdOf, checked));
}

/** The rules of sections M, P and V over what the chokepoint held (V9). Never throws on content. */
function judgeHeld(bundle: VoteBundle, read: BundleRecords): JudgedVote {
  const rosters = new CausalRosters(read.held);
  const groups = group(read.held.values());
  const verdicts = new Map<string, Verdict>();

  // M2: the membership fold over every governance record held.
  const fold = rosters.foldAll();
  for (const record of fold.accepted) verdicts.set(record.id, VALID);
  for (const r of fold.rejections) verdicts.set(r.key, foldVerdict(r.reason, r.detail));
  const place = new Placement(read, fold);

  // P: the proposal's records.
  const proposal = judgeProposal(bundle.vote.proposal, groups.proposal, {
    rosters,
    placeProblem: (record, creation) => place.proposalProblem(record, creation),
  });
  for (const [id, v] of proposal.verdicts) verdicts.set(id, v);
  const inProposalDocument = (record: ParsedRecord): string | undefined => {
    const document = proposal.proposal?.body.document;
    return place.in(record, "proposal", document) ? undefined : `not found in the proposal's document ${document ?? "(unknown)"}`;
  };

  // V2: the proposal's opens; the vote's own open.
  const opens = judgeOpens(groups.open, { rosters, proposal, placeProblem: inProposalDocument });
  for (const [id, v] of opens.verdicts) verdicts.set(id, v);
  const openId = bundle.vote.open;
  const open = opens.valid.get(openId);

  // V3: the electorate of the open's roster reference.
  const causal = open === undefined ? undefined : rosters.rosterAt(open.body.roster.heads);
  const rollElectorate = open === undefined || causal === undefined ? [] : weightedElectorate(causal.fold.roster, open.body.chapter, open.body.weights);

  // DU8: good standing, when the open asks for it; the electorate every rule below reads. Without it, dues records are V9.1's other kinds.
  if (open?.body.standing === undefined) groups.other.push(...groups.dues);
  const standing = judgeStanding(open?.body.standing === undefined ? [] : groups.dues, {
    rosters,
    open,
    roster: causal?.fold.roster,
    electorate: rollElectorate,
    held: read.held,
    documentsOf: (record) => (read.places.get(record.id) ?? []).filter((p) => p.type === "chapter" && p.map === "dues").map((p) => p.url),
  });
  for (const [id, v] of standing.verdicts) verdicts.set(id, v);
  // AS8: the members present, when the open asks for them; their electorate is the one every rule below reads.
  const presence = judgePresence(groups.presence, { rosters, open, roster: causal?.fold.roster, electorate: standing.electorate, placesOf: (record) => read.places.get(record.id) ?? [] });
  for (const [id, v] of presence.verdicts) verdicts.set(id, v);
  const electorate = presence.electorate;
  // Each member's place in the electorate (sorted by member, V3.3): what a judged ballot keeps.
  const places = new Map<MemberKey, number>();
  for (let i = 0; i < electorate.length; i++) places.set(electorate[i]!.member, i);

  // DG2: the delegation records the open takes.
  const delegation = judgeDelegations(groups.delegation, { rosters, open, roster: causal?.fold.roster, electorate });
  for (const [id, v] of delegation.verdicts) verdicts.set(id, v);

  // V4: ballots.
  const boxDocuments = new Set<string>(open?.body.boxes.list.map((box) => box.document) ?? []);
  const ballots = judgeBallots(groups.ballot, {
    rosters,
    openId,
    open,
    places,
    readChoice: open === undefined ? (choice) => choice : safeChoiceReader(open.body),
    inBox: (record) => (read.places.get(record.id) ?? []).some((p) => p.type === "ballot-box" && boxDocuments.has(p.url)),
  });
  for (const [id, v] of ballots.verdicts) verdicts.set(id, v);

  // V5, V6: closes and what they counted.
  const tallied = open === undefined ? undefined : voteTally(open.body, electorate, delegation.settings === undefined ? undefined : delegation.resolve);
  let closes: CloseJudgement | undefined;
  if (open !== undefined) {
    closes = judgeCloses(groups.close, groups.counted, {
      rosters,
      openId,
      open,
      ballots,
      recount: (_ids, counted) => tallied?.(counted),
      sealProblem: presence.closeProblem,
      verdictOf: (id) => verdicts.get(id) ?? refusedVerdict(read, id),
      placeProblem: inProposalDocument,
      inBoxDocument: (record, chapter, shard) => {
        const box = open.body.boxes.list.find((entry) => entry.chapter === chapter && entry.shard === shard);
        return place.in(record, "ballot-box", box?.document);
      },
    });
    for (const [id, v] of closes.verdicts) verdicts.set(id, v);
  } else {
    const refusal = verdict("wrong-context", "V5.2", `open ${openId} is not a valid open`);
    for (const record of [...groups.close, ...groups.counted]) verdicts.set(record.id, refusal);
  }

  // V7: decisions.
  const decisionVerdicts = judgeDecisions(groups.decision, {
    rosters,
    openId,
    open,
    openIsCurrent: opens.current === openId,
    closes,
    placeProblem: (record) => {
      const chapter = open?.body.chapter;
      const url = chapter === undefined ? undefined : place.chapterDocument(chapter);
      return place.in(record, "chapter", url) ? undefined : "not found in the deciding chapter's document";
    },
  });
  for (const [id, v] of decisionVerdicts) verdicts.set(id, v);
  for (const record of groups.other) verdicts.set(record.id, verdict("wrong-context", "V9.1", `a ${record.envelope.kind} record is not part of a vote`));

  // V5.10: a member's current ballot that the current close did not count.
  const current = closes?.current === undefined ? undefined : closes.valid.get(closes.current);
  if (current !== undefined) {
    for (const { record } of ballots.currentBallots) {
      const id = record.id;
      if (!current.counted.has(id) && verdicts.get(id) === VALID)
        verdicts.set(id, verdict("not-counted", "V5.10", `valid, but the current close ${current.record.id} did not count it`));
    }
  }
  const parts = { bundle, read, verdicts, proposal, opens, open, causal, electorate, ballots, delegation, standing, presence, closes };
  return { ...parts, report: assemble(parts, tallied) };
}

/** V4.5's reader of the open's choices; when the rule itself is refused, one that refuses every choice with the reason. */
function safeChoiceReader(open: OpenBody): ChoiceReader {
  try {
    return choiceReader(open.rule, open.options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return () => {
      throw new TallyInputError(message);
    };
  }
}

function refusedVerdict(read: BundleRecords, id: string): Verdict | undefined {
  const refusal = read.refused.get(id);
  return refusal === undefined ? undefined : refusalVerdict(refusal.reason, refusal.detail);
}

/**
 * A record's line (V9.4), its members written in canonical order (R1.1: counted, detail, id, kind,
 * status) so that writing the report as canonical JSON copies none of its 100,000 lines.
 */
function recordLine(id: string, kind: string, v: Verdict, counted: boolean | undefined): RecordLine {
  if (v.status === "valid") return counted === undefined ? { id, kind, status: v.status } : { counted, id, kind, status: v.status };
  return counted === undefined ? { detail: v.detail, id, kind, status: v.status } : { counted, detail: v.detail, id, kind, status: v.status };
}

/** The report (V9.4) of what was judged; `tallied` recounts the vote's ballots (V5.9), undefined when its open is not valid. */
function assemble(parts: Omit<JudgedVote, "report">, tallied: VoteTally | undefined): VoteReport {
  const { bundle, read, verdicts, proposal, opens, open, causal, electorate, ballots, delegation, standing, presence, closes } = parts;
  const current = closes?.current === undefined ? undefined : closes.valid.get(closes.current);

  // One walk over the lines: besides them, the ballot lines counted, the decision lines, whether a
  // decision is valid, and the lines that are not valid (V9.3 reads only those).
  const records: RecordLine[] = [];
  const unsettled: RecordLine[] = [];
  const decisions: RecordLine[] = [];
  let ballotLines = 0;
  let recorded = false;
  const refused = new Set<RecordLine>();
  const addLine = (line: RecordLine) => {
    records.push(line);
    if (line.status !== "valid") unsettled.push(line);
    if (line.kind === "ballot") ballotLines++;
    else if (line.kind === "decision") decisions.push(line);
  };
  for (const [id, record] of read.held) {
    const kind = record.envelope.kind;
    const v = verdicts.get(id);
    if (kind === "decision" && v === VALID) recorded = true;
    addLine(recordLine(id, kind, v ?? VALID, kind === "ballot" && current !== undefined ? current.counted.has(id) : undefined));
  }
  for (const [key, refusal] of read.refused) {
    const v = refusalVerdict(refusal.reason, refusal.detail);
    // V9.4: a refused text is listed under its key, made well-formed so the report stays canonical (R1.2).
    const line: RecordLine = { detail: v.detail, id: wellFormed(key), kind: refusal.kind, status: v.status };
    addLine(line);
    refused.add(line);
  }
  sortByCodeUnits(records, byId);
  sortByCodeUnits(decisions, byId);

  const { problems, notes } = classify(unsettled, (line) => refused.has(line));
  const vote = (problem: ReportEntry["problem"], detail: string) => problems.push({ detail, problem, record: null });
  if (open === undefined) vote("open-not-valid", `[V9.3] the vote's open ${bundle.vote.open} is not a valid open of proposal ${bundle.vote.proposal}`);
  if (causal !== undefined && causal.unconfirmed.length > 0)
    vote("electorate-unconfirmed", `[V3.2] ${causal.unconfirmed.length} records in the roster reference's causal past cannot be confirmed`);
  if (open !== undefined && electorate.length === 0) vote("electorate-empty", "[V3.3] the electorate is empty");
  if (open !== undefined && closes?.current === undefined && closes?.contested.length === 0) vote("no-close", "[V5.8] the vote has no valid close");
  if (current !== undefined && !current.matches) vote("result-mismatch", `[V5.9] the sealed result of close ${current.record.id} is not the recomputed tally`);
  if (standing.unconfirmed > 0) vote("standing-unconfirmed", `[DU8.2] ${standing.unconfirmed} of the ledger entries the open takes are not held`);
  if (presence.assemblyProblem !== undefined) vote("assembly-not-valid", presence.assemblyProblem);
  if (presence.unconfirmed > 0) vote("presence-unconfirmed", `[AS8.3] ${presence.unconfirmed} of the attendance records the open takes are not held`);
  if (delegation.unconfirmed > 0) vote("delegations-unconfirmed", `[DG2.2] ${delegation.unconfirmed} of the delegation records the open takes are not held`);
  const order = (a: ReportEntry, b: ReportEntry) => byText(a.record ?? "", b.record ?? "") || byText(a.problem, b.problem) || byText(a.detail, b.detail);

  const votedOn = new Set<RecordId>();
  for (const valid of opens.valid.values()) if (valid.body.amendment !== null) votedOn.add(valid.body.amendment);
  const creation = proposal.proposal;
  let recomputed: object | null = current?.recount ?? null;
  if (current === undefined && tallied !== undefined) recomputed = tallied(ballots.currentBallots) ?? null;
  // DG6: over the basis of `recomputed`, the current close's counted set, else the current ballots.
  const settings = delegation.settings;
  const basis =
    settings === undefined
      ? undefined
      : current === undefined
        ? ballots.currentBallots.map(({ record }) => record.envelope.signer)
        : [...current.counted].map((id) => ballots.eligible.get(id)!.record.envelope.signer);
  const outcome = basis === undefined ? undefined : delegation.resolve(new Set(basis));
  return {
    type: VOTE_REPORT_TYPE,
    v: 1,
    vote: { chapter: open?.body.chapter ?? creation?.body.chapter ?? null, proposal: bundle.vote.proposal, open: bundle.vote.open },
    verified: problems.length === 0,
    problems: problems.sort(order),
    notes: notes.sort(order),
    proposal: {
      title: creation?.body.title ?? null,
      author: creation?.record.envelope.signer ?? null,
      stage:
        creation === undefined
          ? null
          : proposalStage(proposal, { open: opens.current !== undefined || opens.contested.length > 0, closed: current !== undefined && opens.current === bundle.vote.open, recorded }),
      versions: [...proposal.versions.values()]
        .map((version) => ({ id: version.record.id, n: version.body.n, textHash: version.textHash }))
        .sort((a, b) => a.n - b.n || byText(a.id, b.id)),
      amendments: amendmentStates(proposal, votedOn),
    },
    opens: [...opens.verdicts].map(([id, v]) => ({ id, status: v.status })).sort((a, b) => byText(a.id, b.id)),
    electorate:
      open === undefined || causal === undefined
        ? null
        : {
            heads: open.body.roster.heads,
            members: electorate.length,
            weight: electorate.reduce((sum, entry) => sum + entry.weight, 0),
            entries: electorate,
            unconfirmed: causal.unconfirmed,
          },
    ballots: { held: ballotLines, eligible: ballots.eligible.size, voters: ballots.currentBallots.length, counted: current?.counted.size ?? 0 },
    closes: [...(closes?.valid.values() ?? [])]
      .map((close) => ({
        id: close.record.id,
        status: closes!.verdicts.get(close.record.id)!.status,
        supersedes: close.body.supersedes,
        counted: close.counted.size,
        matches: close.matches,
      }))
      .sort((a, b) => byText(a.id, b.id)),
    close: current?.record.id ?? null,
    sealed: current?.body.result ?? null,
    recomputed,
    matches: current?.matches ?? false,
    decisions: decisions.map((r) => ({ id: r.id as RecordId, status: r.status })),
    records,
    ...(settings === undefined || outcome === undefined
      ? {}
      : {
          delegation: {
            depth: settings.depth,
            cap: settings.cap,
            topic: settings.topic,
            taken: delegation.taken,
            members: outcome.members,
            totals: outcome.totals,
            concentration: outcome.concentration,
          },
        }),
    ...(standing.report === undefined ? {} : { standing: standing.report }),
    ...(presence.report === undefined ? {} : { present: presence.report }),
  };
}
