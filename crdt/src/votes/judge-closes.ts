/**
 * Judging the closes of one vote and the `counted` records behind them (PROTOCOL.md V5, V6):
 * what each close counted, whether it may supersede the close it names, which close is current
 * (V5.8), and whether each sealed result is the tally of what it counted (V5.9).
 */
import { canonicalize } from "../records/canonical.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { causalOrder } from "../proposals/causal-order.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { facilitatorProblem } from "../proposals/signer-authority.js";
import type { ParsedRecord } from "../records/record.js";
import type { BallotJudgement, EligibleBallot } from "./judge-ballots.js";
import { countedHash } from "./counted-hash.js";
import { compareBoxes, parseVoteBody, voteNamedIds, type CloseBody, type CountedBody, type OpenBody } from "./vote-bodies.js";

/** A close that passed V5.1–V5.7, with the ballots it counted and its recount. */
export interface AcceptedClose extends Accepted<CloseBody> {
  /** The union of its boxes' counted ids. */
  readonly counted: ReadonlySet<RecordId>;
  /** What it counted box by box, in its boxes' order (V5.5: none for a box counting 0). */
  readonly boxes: readonly { readonly chapter: ChapterId; readonly shard: number; readonly ids: readonly RecordId[] }[];
  /** The tally of the counted ballots (V5.9), or undefined if the tally refused its input. */
  readonly recount: object | undefined;
  /** True when `recount` is byte-identical (R1) to the sealed `result`. */
  readonly matches: boolean;
}

/** What judging closes needs. */
export interface CloseContext {
  readonly rosters: CausalRosters;
  readonly openId: RecordId;
  /** The vote's open, valid (V2). */
  readonly open: Accepted<OpenBody>;
  readonly ballots: BallotJudgement;
  /** The verdict of any other record seen (to say why a counted id is not an eligible ballot). */
  readonly verdictOf: (id: RecordId) => Verdict | undefined;
  /** Why what a close seals beside its result is not what its vote recomputes (AS8.6), as a `wrong-result` verdict; omitted: nothing else is sealed. */
  readonly sealProblem?: (close: CloseBody) => Verdict | undefined;
  /**
   * Tallies the given eligible ballots, in any order (V5.9), given by id and as judged (the same
   * ballots in the same order); returns undefined if the tally refuses its input.
   */
  readonly recount: (ids: readonly RecordId[], ballots: readonly EligibleBallot[]) => object | undefined;
  /** Why a close is not in a document that is its context (V1.4), or undefined. */
  readonly placeProblem?: (record: ParsedRecord) => string | undefined;
  /** True if a counted record is in the ballot box document of (chapter, shard) (V6.1). Omitted: always. */
  readonly inBoxDocument?: (record: ParsedRecord, chapter: string, shard: number) => boolean;
}

/** What the closes establish. */
export interface CloseJudgement {
  /** A verdict for every close and counted record given. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  readonly valid: ReadonlyMap<RecordId, AcceptedClose>;
  /** The valid close whose counted set covers every valid close's (V5.8), if any. */
  readonly current: RecordId | undefined;
  /** Valid closes in a contest (V5.8), sorted. */
  readonly contested: readonly RecordId[];
}

const EMPTY_HASH = countedHash([]);
const boxKey = (close: string, chapter: string, shard: number) => `${close} ${chapter} ${shard}`;

/** Judges the closes and counted records of the vote `context.openId` (V5, V6). Never throws on record content. */
export function judgeCloses(closes: Iterable<ParsedRecord>, counted: Iterable<ParsedRecord>, context: CloseContext): CloseJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const candidates = new Map<string, Accepted<CountedBody>[]>();
  for (const record of causalOrder(counted)) {
    const judged = preJudgeCounted(record, context);
    if ("kind" in judged) {
      const key = boxKey(judged.close, judged.chapter, judged.shard);
      candidates.set(key, [...(candidates.get(key) ?? []), { record, body: judged }]);
    } else {
      verdicts.set(record.id, judged);
    }
  }

  const valid = new Map<RecordId, AcceptedClose>();
  for (const record of causalOrder(closes)) {
    const judged = judgeClose(record, context, valid, candidates);
    if ("counted" in judged) {
      const recount = context.recount([...judged.counted], judged.ballots);
      const sealed = context.sealProblem?.(judged.body);
      const tallied = recount !== undefined && canonicalize(recount) === canonicalize(judged.body.result);
      const matches = tallied && sealed === undefined;
      valid.set(record.id, { record, body: judged.body, counted: judged.counted, boxes: judged.boxes, recount, matches });
      verdicts.set(record.id, matches ? VALID : tallied ? sealed! : verdict("wrong-result", "V5.9", "its result is not the tally of the ballots it counts"));
    } else {
      verdicts.set(record.id, judged);
    }
  }

  for (const list of candidates.values()) {
    for (const { record, body } of list) {
      const close = valid.get(body.close);
      if (close === undefined) verdicts.set(record.id, verdict("wrong-context", "V6.2", `its close ${body.close} is not a valid close of this vote`));
      else if (close.record.envelope.signer !== record.envelope.signer) verdicts.set(record.id, verdict("ineligible-signer", "V6.2", "not signed by its close's signer"));
      else if (serves(close.body, body)) verdicts.set(record.id, VALID);
      else verdicts.set(record.id, verdict("wrong-context", "V6.3", "its ids do not match its close's count and hash for this box"));
    }
  }

  const { current, contested, covered } = currentClose(valid);
  for (const [id, by] of covered) if (verdicts.get(id) === VALID) verdicts.set(id, verdict("superseded", "V5.8", `covered by close ${by}`));
  for (const id of contested) {
    if (verdicts.get(id) !== VALID) continue;
    const others = contested.filter((other) => other !== id).join(", ");
    verdicts.set(id, verdict("contested", "V5.8", `neither covers nor is covered by close ${others}`));
  }
  return { verdicts, valid, current, contested };
}

/** V5.8: the close whose counted set contains every valid close's; else the maximal ones are contested. */
function currentClose(valid: ReadonlyMap<RecordId, AcceptedClose>): {
  current: RecordId | undefined;
  contested: RecordId[];
  covered: Map<RecordId, RecordId>;
} {
  const ids = [...valid.keys()].sort();
  const within = (a: RecordId, b: RecordId) => {
    const small = valid.get(a)!.counted;
    const large = valid.get(b)!.counted;
    if (small.size > large.size) return false;
    for (const id of small) if (!large.has(id)) return false;
    return true;
  };
  const covering = ids.filter((id) => ids.every((other) => within(other, id)));
  const covered = new Map<RecordId, RecordId>();
  if (covering.length > 0) {
    const current = covering[0]!;
    for (const id of ids) if (id !== current) covered.set(id, current);
    return { current, contested: [], covered };
  }
  const maximal = ids.filter((id) => !ids.some((other) => other !== id && within(id, other) && !within(other, id)));
  for (const id of ids) {
    if (maximal.includes(id)) continue;
    covered.set(id, maximal.find((other) => within(id, other))!);
  }
  return { current: undefined, contested: maximal, covered };
}

/** A counted record's own checks (V6.1), before its close is known. */
function preJudgeCounted(record: ParsedRecord, context: CloseContext): Verdict | CountedBody {
  const { kind, body: raw, deps } = record.envelope;
  if (kind !== "counted") return verdict("malformed", "V1.1", `${kind} is not a counted record`);
  const parsed = parseVoteBody("counted", raw);
  if (!parsed.ok) return verdict("malformed", "V6.1", parsed.problem);
  const body = parsed.body as CountedBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  if (body.open !== context.openId) return verdict("wrong-context", "V6.1", `counts for open ${body.open}, not this vote's open ${context.openId}`);
  if (!context.open.body.boxes.list.some((box) => box.chapter === body.chapter && box.shard === body.shard))
    return verdict("wrong-context", "V6.1", `(${body.chapter}, ${body.shard}) is not a ballot box of this vote`);
  if (context.inBoxDocument !== undefined && !context.inBoxDocument(record, body.chapter, body.shard))
    return verdict("wrong-context", "V6.1", "not found in the ballot box document it counts");
  return body;
}

type CloseOutcome = Verdict | (Pick<AcceptedClose, "body" | "counted" | "boxes"> & { readonly ballots: readonly EligibleBallot[] });

/** Each counted body's hash (V5.1), computed once: a counted record is matched against its close twice. */
const hashes = new WeakMap<CountedBody, string>();

function hashOf(counted: CountedBody): string {
  let hash = hashes.get(counted);
  if (hash === undefined) hashes.set(counted, (hash = countedHash(counted.ids)));
  return hash;
}

/** True if a counted record's ids are those its close's box counted (V6.2): same count and hash. */
function serves(close: CloseBody, counted: CountedBody): boolean {
  const box = close.boxes.find((entry) => entry.chapter === counted.chapter && entry.shard === counted.shard);
  return box !== undefined && counted.ids.length === box.count && hashOf(counted) === box.hash;
}

/**
 * V5.6's first failure among the counted ids, taken in ascending order, or the eligible ballots
 * they are when every one is an eligible ballot of a member counted once. All pass in a valid
 * close: they are looked at in any order first, and sorted only to name the first failure.
 */
function countedProblem(counted: ReadonlySet<RecordId>, context: CloseContext): Verdict | EligibleBallot[] {
  const ballots = eligibleOncePerMember(counted, context);
  if (ballots !== undefined) return ballots;
  const members = new Map<MemberKey, RecordId>();
  const notHeld: RecordId[] = [];
  for (const id of [...counted].sort()) {
    const ballot = context.ballots.eligible.get(id);
    if (ballot === undefined) {
      const seen = context.verdictOf(id);
      if (seen !== undefined) return verdict("invalid-close", "V5.6", `counts ${id}, which is not an eligible ballot of this vote (${seen.status})`);
      if (context.rosters.holds(id)) return verdict("invalid-close", "V5.6", `counts ${id}, which is not a ballot`);
      notHeld.push(id);
      continue;
    }
    const member = ballot.record.envelope.signer;
    const twice = members.get(member);
    if (twice !== undefined) return verdict("invalid-close", "V5.6", `counts two ballots of member ${member}: ${twice} and ${id}`);
    members.set(member, id);
  }
  if (notHeld.length > 0) return verdict("missing-deps", "V5.6", `counts ballots this device does not hold: ${notHeld.join(", ")}`);
  // Not reached: every id failing the first look fails here too.
  return verdict("invalid-close", "V5.6", "counts a ballot that is not an eligible ballot of a member counted once");
}

/**
 * The counted ballots, in the set's order, if every counted id is an eligible ballot and no
 * member has two of them (V5.6 passes); else undefined. A member is its place in the electorate.
 */
function eligibleOncePerMember(counted: ReadonlySet<RecordId>, context: CloseContext): EligibleBallot[] | undefined {
  const seen = new Uint8Array(context.ballots.places);
  const ballots: EligibleBallot[] = [];
  for (const id of counted) {
    const ballot = context.ballots.eligible.get(id);
    if (ballot === undefined || seen[ballot.place] === 1) return undefined;
    seen[ballot.place] = 1;
    ballots.push(ballot);
  }
  return ballots;
}

function judgeClose(
  record: ParsedRecord,
  context: CloseContext,
  valid: ReadonlyMap<RecordId, AcceptedClose>,
  candidates: ReadonlyMap<string, readonly Accepted<CountedBody>[]>,
): CloseOutcome {
  const { kind, body: raw, deps, at, signer } = record.envelope;
  const open = context.open.body;
  if (kind !== "close") return verdict("malformed", "V1.1", `${kind} is not a close`);
  const parsed = parseVoteBody("close", raw);
  if (!parsed.ok) return verdict("malformed", "V5.1", parsed.problem);
  const body = parsed.body as CloseBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  if (body.open !== context.openId) return verdict("wrong-context", "V5.2", `closes open ${body.open}, not this vote's open ${context.openId}`);
  const boxes = open.boxes.list;
  if (body.boxes.length !== boxes.length || body.boxes.some((box, i) => compareBoxes(box, boxes[i]!) !== 0))
    return verdict("wrong-context", "V5.2", "its boxes are not exactly the open's ballot boxes");
  const misplaced = context.placeProblem?.(record);
  if (misplaced !== undefined) return verdict("wrong-context", "V1.4", misplaced);
  if (at < open.closesAt) return verdict("too-early", "V5.3", "made before the vote's closing time");
  const authority = facilitatorProblem(context.rosters, record, open.chapter);
  if (authority !== undefined) return verdict("ineligible-signer", "V5.4", authority);

  // V5.5, V6: each box's counted ids, from a counted record of this close matching its count and hash.
  const counted = new Set<RecordId>();
  const perBox: AcceptedClose["boxes"][number][] = [];
  for (const box of body.boxes) {
    if (box.count === 0) {
      if (box.hash !== EMPTY_HASH) return verdict("invalid-close", "V5.5", `box (${box.chapter}, ${box.shard}) counts 0 ballots but its hash is not that of none`);
      perBox.push({ chapter: box.chapter, shard: box.shard, ids: [] });
      continue;
    }
    const match = (candidates.get(boxKey(record.id, box.chapter, box.shard)) ?? []).find(
      (c) => c.record.envelope.signer === signer && serves(body, c.body),
    );
    if (match === undefined) return verdict("missing-deps", "V5.5", `no counted record of box (${box.chapter}, ${box.shard}) matching its count and hash is held`);
    for (const id of match.body.ids) {
      if (counted.has(id)) return verdict("invalid-close", "V5.5", `counts ballot ${id} in two boxes`);
      counted.add(id);
    }
    perBox.push({ chapter: box.chapter, shard: box.shard, ids: match.body.ids });
  }
  // V5.6: every counted id an eligible ballot of this vote, one per member.
  const ballots = countedProblem(counted, context);
  if (!Array.isArray(ballots)) return ballots;
  // V5.7: a superseding close keeps everything counted and adds only members who had nothing counted.
  const old = body.supersedes === null ? undefined : valid.get(body.supersedes);
  if (body.supersedes !== null && old === undefined)
    return verdict("wrong-context", "V5.7", `supersedes ${body.supersedes}, not a valid close of this vote`);
  if (old !== undefined && at >= open.finalAt) return verdict("after-finality", "V5.7", "a superseding close made at or after the vote's finality time");
  if (old !== undefined) {
    const dropped = [...old.counted].filter((id) => !counted.has(id)).sort();
    if (dropped.length > 0) return verdict("invalid-close", "V5.7", `drops ballots the close it supersedes counted: ${dropped.join(", ")}`);
    const before = new Set([...old.counted].map((id) => context.ballots.eligible.get(id)!.record.envelope.signer));
    for (const id of [...counted].sort()) {
      if (old.counted.has(id)) continue;
      const member = context.ballots.eligible.get(id)!.record.envelope.signer;
      if (before.has(member)) return verdict("invalid-close", "V5.7", `adds ballot ${id} of member ${member}, who already had a counted ballot`);
    }
  }
  return { body, counted, boxes: perBox, ballots };
}
