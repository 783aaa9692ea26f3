/**
 * Judging the ballots of one vote (PROTOCOL.md V4): which are eligible, and which eligible ballot
 * is each member's current one (V4.8: the highest `seq`; of equal highest `seq`, the smallest id,
 * all of them flagged as conflicting). Each ballot is judged once: what the closes and the tally
 * read of an eligible ballot (its signer's place in the electorate, its choice as the rule reads
 * it) is kept with it, not looked up or read again.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { Accepted } from "../proposals/judge-proposal.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import type { ParsedRecord } from "../records/record.js";
import { TallyInputError } from "../tally/tally-input-error.js";
import type { ChoiceReader } from "./choice-check.js";
import { parseVoteBody, voteNamedIds, type BallotBody, type OpenBody } from "./vote-bodies.js";

/** What judging ballots needs. */
export interface BallotContext {
  readonly rosters: CausalRosters;
  /** The vote's open id. */
  readonly openId: RecordId;
  /** That open, if it is valid (V2); otherwise every ballot is refused. */
  readonly open: Accepted<OpenBody> | undefined;
  /** The open's electorate (V3): each member → its place in the electorate's order, 0 to size − 1 (V3.3: by key). */
  readonly places: ReadonlyMap<MemberKey, number>;
  /** V4.5: reads each choice as the rule does; the reading is kept (`EligibleBallot.reading`). Omitted: every choice fits, kept as signed. */
  readonly readChoice?: ChoiceReader;
  /** True if the ballot was found in a ballot box of the open (V4.3). Omitted: always. */
  readonly inBox?: (record: ParsedRecord) => boolean;
}

/** An eligible ballot (V4.1–V4.7), with what counting it reads. */
export interface EligibleBallot extends Accepted<BallotBody> {
  /** Its signer's place in the electorate (`BallotContext.places`). */
  readonly place: number;
  /** Its choice as the rule reads it (`BallotContext.readChoice`), else as signed. */
  readonly reading: unknown;
}

/** What the ballots establish. */
export interface BallotJudgement {
  /** A verdict for every record given: eligible ones are `valid`, `superseded-seq` or `conflicting-seq`. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** Ballots that pass V4.1–V4.7. */
  readonly eligible: ReadonlyMap<RecordId, EligibleBallot>;
  /** Each voting member's current ballot (V4.8). */
  readonly current: ReadonlyMap<MemberKey, RecordId>;
  /** The current ballots (V4.8), one per voting member, in the order of their places. */
  readonly currentBallots: readonly EligibleBallot[];
  /** The number of places in the electorate: each eligible ballot's `place` is below it. */
  readonly places: number;
}

/** Judges ballots for the vote `context.openId` (V4). Never throws on record content. */
export function judgeBallots(records: Iterable<ParsedRecord>, context: BallotContext): BallotJudgement {
  const { places } = context;
  const verdicts = new Map<RecordId, Verdict>();
  const eligible = new Map<RecordId, EligibleBallot>();
  // Each place's eligible ballots: one (nearly every voter), or a list of several.
  const byPlace = new Array<EligibleBallot | EligibleBallot[] | undefined>(places.size);
  for (const record of records) {
    if (verdicts.has(record.id)) continue;
    const judged = judgeBallot(record, context);
    if ("place" in judged) {
      eligible.set(record.id, judged);
      verdicts.set(record.id, VALID);
      const held = byPlace[judged.place];
      if (held === undefined) byPlace[judged.place] = judged;
      else if (Array.isArray(held)) held.push(judged);
      else byPlace[judged.place] = [held, judged];
    } else {
      verdicts.set(record.id, judged);
    }
  }
  // V4.8: per member, the highest seq counts; of several with it, the smallest id, all flagged.
  const currentBallots: EligibleBallot[] = [];
  for (const held of byPlace) {
    if (held === undefined) continue;
    if (!Array.isArray(held)) {
      currentBallots.push(held);
      continue;
    }
    held.sort((a, b) => b.body.seq - a.body.seq || (a.record.id < b.record.id ? -1 : 1));
    const top = held[0]!;
    currentBallots.push(top);
    const tied = held.filter((ballot) => ballot.body.seq === top.body.seq);
    for (const ballot of held) {
      if (ballot.body.seq < top.body.seq) {
        verdicts.set(ballot.record.id, verdict("superseded-seq", "V4.8", `ballot ${top.record.id} of the same member has a higher seq`));
      } else if (tied.length > 1) {
        const others = tied.filter((other) => other !== ballot).map((other) => other.record.id).join(", ");
        const counts = ballot === top ? "this one, the smallest id, counts" : `${top.record.id}, the smallest id, counts`;
        verdicts.set(ballot.record.id, verdict("conflicting-seq", "V4.8", `same seq ${ballot.body.seq} as ${others}; ${counts}`));
      }
    }
  }
  return new Judgement(verdicts, eligible, currentBallots, places.size);
}

/** A judgement whose map of current ballots by member is built when first asked for. */
class Judgement implements BallotJudgement {
  #current: Map<MemberKey, RecordId> | undefined;

  constructor(
    readonly verdicts: ReadonlyMap<RecordId, Verdict>,
    readonly eligible: ReadonlyMap<RecordId, EligibleBallot>,
    readonly currentBallots: readonly EligibleBallot[],
    readonly places: number,
  ) {}

  get current(): ReadonlyMap<MemberKey, RecordId> {
    if (this.#current === undefined) {
      this.#current = new Map();
      for (const { record } of this.currentBallots) this.#current.set(record.envelope.signer, record.id);
    }
    return this.#current;
  }
}

/** The ballot, eligible (V4.1–V4.7), else its verdict. */
function judgeBallot(record: ParsedRecord, context: BallotContext): Verdict | EligibleBallot {
  const { kind, body: raw, deps, signer, at } = record.envelope;
  if (kind !== "ballot") return verdict("malformed", "V1.1", `${kind} is not a ballot`);
  const parsed = parseVoteBody("ballot", raw);
  if (!parsed.ok) return verdict("malformed", "V4.1", parsed.problem);
  const body = parsed.body as BallotBody;
  const unnamed = voteNamedIds(body).filter((id) => !deps.includes(id));
  if (unnamed.length > 0) return verdict("malformed", "V1.2", `the body names ${unnamed.join(", ")} but deps do not`);
  const past = context.rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "V1.3", past);
  if (body.open !== context.openId) return verdict("wrong-context", "V4.2", `answers open ${body.open}, not this vote's open ${context.openId}`);
  const open = context.open;
  if (open === undefined) return verdict("wrong-context", "V4.2", `open ${context.openId} is not a valid open`);
  for (const member of ["chapter", "proposal", "textHash"] as const) {
    if (body[member] !== open.body[member]) return verdict("wrong-context", "V4.2", `${member} ${body[member]} is not the open's ${open.body[member]}`);
  }
  if (context.inBox !== undefined && !context.inBox(record)) return verdict("wrong-context", "V4.3", "found in no ballot box of this vote");
  const place = context.places.get(signer);
  if (place === undefined) return verdict("ineligible-signer", "V4.4", "the signer is not in the vote's electorate");
  let reading: unknown = body.choice;
  if (context.readChoice !== undefined) {
    try {
      reading = context.readChoice(body.choice);
    } catch (error) {
      if (!(error instanceof TallyInputError)) throw error;
      return verdict("malformed", "V4.5", error.message);
    }
  }
  if (at >= open.body.finalAt) return verdict("after-finality", "V4.7", "cast at or after the vote's finality time");
  return { record, body, place, reading };
}
