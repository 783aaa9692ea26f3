/**
 * The membership fold (PROTOCOL.md M2): from a set of signature-checked records, the accepted ones,
 * the rejected ones with their reasons, and the roster. A pure function of the set of records:
 * the same set gives the same result, in any order and with any duplicates (M2.6).
 */
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import { applyAdmit, applyCountersign, applySponsor } from "./admission-rules.js";
import { namedIds, parseBody, type MembershipBody } from "./bodies.js";
import { CausalPast } from "./causal-past.js";
import { applyEndorse, applyGenesis } from "./chapter-rules.js";
import { applyLeave, applyRemove } from "./departure-rules.js";
import { FoldState } from "./fold-state.js";
import { foldOrderOfDistinct } from "./fold-order.js";
import { applyInvite, applyRedeem, applyUninvite } from "./invite-rules.js";
import { isMembershipKind } from "./kinds.js";
import { applyRole } from "./role-rules.js";
import { rosterFromState, type Roster } from "./roster.js";
import { applyRotate, applyRotateProof } from "./rotate-rules.js";
import { isSmallOrderKey, type SmallOrderTest } from "./small-order.js";
import { refuse, type RuleInput, type Verdict } from "./verdict.js";

/** Ids held, as a set or anything that answers `has` (so that a caller's 100,000 ids need not be copied into one). */
export type HeldIds = Pick<ReadonlySet<string>, "has">;

/** Options of `foldMembership`. */
export interface FoldOptions {
  /**
   * Ids of other records the caller holds and has accepted (e.g. decisions) that membership
   * records may cite in `deps` (M2.2). They are treated as held; their content is not judged here.
   */
  readonly heldElsewhere?: HeldIds;
  /** The small-order key test (M13); defaults to `isSmallOrderKey` of this module. */
  readonly isSmallOrderKey?: SmallOrderTest;
}

/** What the fold decided. */
export interface MembershipFold {
  readonly roster: Roster;
  /** The valid records, in fold order (M2.3). */
  readonly accepted: readonly ParsedRecord[];
  /**
   * The refused records, sorted by id, each with a reason of `rejection.ts` and a detail starting
   * with the rule id (M2.5). `key` is the record id: the chokepoint may put the map key there.
   */
  readonly rejections: readonly Rejection[];
}

/**
 * Folds membership records (M2): de-duplicates them, refuses kinds that are not membership kinds
 * (`unknown-kind`) and records whose causal past is not all held (`missing-deps`), orders the rest
 * (M2.3) and judges each against the state left by the records accepted before it (M2.4), in passes
 * until no accepted record is cut by a concurrent end (M8.4).
 * The records' signatures must already have been checked (S); this function does not check them.
 * Never throws on record content.
 */
export function foldMembership(records: Iterable<ParsedRecord>, options: FoldOptions = {}): MembershipFold {
  const smallOrder = options.isSmallOrderKey ?? isSmallOrderKey;
  const rejections: Rejection[] = [];
  const reject = (id: RecordId, reason: Rejection["reason"], detail: string) =>
    rejections.push({ key: id, id, reason, detail });

  // Each distinct membership record numbered once, by its place: the fold order's tables are indexed by it.
  const placeOf = new Map<RecordId, number>();
  const membership: ParsedRecord[] = [];
  // The caller's ids of other records (often 100,000 ballots) are read where they are, not copied.
  const elsewhere: HeldIds = options.heldElsewhere ?? new Set<string>();
  const others = new Set<string>();
  for (const record of records) {
    if (placeOf.has(record.id) || others.has(record.id)) continue;
    if (isMembershipKind(record.envelope.kind)) {
      placeOf.set(record.id, membership.length);
      membership.push(record);
    } else {
      reject(record.id, "unknown-kind", `[M1.1] ${record.envelope.kind} is not a membership kind`);
      others.add(record.id);
    }
  }

  const held = others.size === 0 ? elsewhere : { has: (id: string) => elsewhere.has(id) || others.has(id) };
  const { order, missing } = foldOrderOfDistinct(membership, placeOf, held);
  for (const { record, detail } of missing.values()) reject(record.id, "missing-deps", detail);

  // M8.4: fold, find the accepted records cut by a concurrent end, veto them, fold again.
  // Built only when some accepted record relied on something that was ended: most folds have none.
  let past: CausalPast | undefined;
  const pastOf = (): CausalPast => (past ??= new CausalPast(order));
  const vetoes = new Map<RecordId, RecordId>();
  let pass = runPass(order, vetoes, smallOrder);
  for (let cuts = concurrentCuts(pass.state, pastOf); cuts.size > 0; cuts = concurrentCuts(pass.state, pastOf)) {
    for (const [id, end] of cuts) vetoes.set(id, end);
    pass = runPass(order, vetoes, smallOrder);
  }
  for (const [id, verdict] of pass.refusals) reject(id, verdict.reason, verdict.detail);
  rejections.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { roster: rosterFromState(pass.state), accepted: pass.accepted, rejections };
}

interface Pass {
  readonly state: FoldState;
  readonly accepted: ParsedRecord[];
  readonly refusals: Map<RecordId, Extract<Verdict, { ok: false }>>;
}

/** One pass of the fold over `order` (M2.4), refusing vetoed records (M8.4). */
function runPass(
  order: readonly ParsedRecord[],
  vetoes: ReadonlyMap<RecordId, RecordId>,
  smallOrder: SmallOrderTest,
): Pass {
  const state = new FoldState();
  const accepted: ParsedRecord[] = [];
  const refusals = new Map<RecordId, Extract<Verdict, { ok: false }>>();
  const anyVetoes = vetoes.size > 0;
  for (const record of order) {
    const end = anyVetoes ? vetoes.get(record.id) : undefined;
    const verdict =
      end === undefined
        ? judge(state, record, smallOrder)
        : refuse("M8.4", `concurrent with ${end}, which ended the authority this record relied on`);
    if (verdict.ok) accepted.push(record);
    else refusals.set(record.id, verdict);
  }
  return { state, accepted, refusals };
}

/**
 * The accepted records cut by a concurrent end (M8.4): each relied on something a record placed
 * after it ended, and is not in that record's causal past. Maps each to the end that cuts it.
 * A record relies on its own grant and role holding (any end, rotation included); an admit also
 * relies on the memberships and holdings behind what it counted (ended for good, not rotated) and
 * on its invite (closed).
 */
function concurrentCuts(state: FoldState, pastOf: () => CausalPast): Map<RecordId, RecordId> {
  const byEnd = new Map<RecordId, RecordId[]>();
  const note = (end: RecordId | undefined, record: ParsedRecord) => {
    if (end === undefined || end === record.id || record.envelope.deps.includes(end)) return;
    const past = pastOf();
    if (past.indexOf(end) < past.indexOf(record.id)) return;
    let list = byEnd.get(end);
    if (list === undefined) byEnd.set(end, (list = []));
    if (!list.includes(record.id)) list.push(record.id);
  };
  const holdingEnd = (id: RecordId | null) => (id === null ? undefined : state.holdings.get(id)?.endedBy);
  for (const { record, authority, counted, invite } of state.accepted.values()) {
    if (authority !== null) {
      note(state.grants.get(authority.grant)?.endedBy, record);
      note(holdingEnd(authority.holding), record);
    }
    for (const other of counted) {
      note(state.lossOf(other.grant), record);
      note(holdingEnd(other.holding), record);
    }
    if (invite !== null) note(state.invites.get(invite)?.closedBy, record);
  }
  if (byEnd.size === 0) return new Map();
  const past = pastOf();
  const ends = [...byEnd.keys()].sort((a, b) => past.indexOf(a) - past.indexOf(b));
  const pairs = ends.flatMap((end) => byEnd.get(end)!.map((id) => [id, end] as const));
  const inPast = past.inPast(pairs);
  const cuts = new Map<RecordId, RecordId>();
  pairs.forEach(([id, end], i) => {
    if (!inPast[i] && !cuts.has(id)) cuts.set(id, end);
  });
  return cuts;
}

/** The kinds a later rule looks up among the accepted records (M6.3, M7.3, M10.2). */
const LOOKED_UP: ReadonlySet<string> = new Set(["sponsor", "countersign", "redeem", "rotate-proof"]);

/** Judges one record in fold order (M2.4) and, if accepted, applies it to the state. */
function judge(state: FoldState, record: ParsedRecord, isSmallOrderKey: SmallOrderTest): Verdict {
  const { kind, body, deps } = record.envelope;
  if (!isMembershipKind(kind))
    return { ok: false, reason: "malformed", detail: `[M1.1] ${kind} is not a membership kind` };
  const parsed = parseBody(kind, body);
  if (!parsed.ok) return { ok: false, reason: "malformed", detail: `[M1.2] ${parsed.problem}` };
  let unnamed: RecordId[] | undefined;
  for (const id of namedIds(parsed.body)) if (!deps.includes(id)) (unnamed ??= []).push(id);
  if (unnamed !== undefined)
    return {
      ok: false,
      reason: "malformed",
      detail: `[M1.3] the body names ${unnamed.join(", ")} but deps do not`,
    };
  if (parsed.body.kind !== "genesis" && !state.chapters.has(parsed.body.chapter)) {
    return refuse("M1.4", "the chapter is not an accepted chapter");
  }
  state.cause = record.id;
  const verdict = apply({ state, record, isSmallOrderKey }, parsed.body);
  state.cause = undefined;
  if (verdict.ok) {
    const { authority, counted, invite } = verdict;
    if (authority !== null || counted.length > 0 || invite !== null || LOOKED_UP.has(kind))
      state.accepted.set(record.id, { record, body: parsed.body, authority, counted, invite });
  }
  return verdict;
}

function apply(input: RuleInput, body: MembershipBody): Verdict {
  switch (body.kind) {
    case "genesis":
      return applyGenesis(input, body);
    case "endorse":
      return applyEndorse(input, body);
    case "sponsor":
      return applySponsor(input, body);
    case "countersign":
      return applyCountersign(input, body);
    case "admit":
      return applyAdmit(input, body);
    case "invite":
      return applyInvite(input, body);
    case "redeem":
      return applyRedeem(input, body);
    case "uninvite":
      return applyUninvite(input, body);
    case "leave":
      return applyLeave(input, body);
    case "remove":
      return applyRemove(input, body);
    case "role":
      return applyRole(input, body);
    case "rotate-proof":
      return applyRotateProof();
    case "rotate":
      return applyRotate(input, body);
  }
}
