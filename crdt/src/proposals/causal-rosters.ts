/**
 * Authority in a record's causal past (PROTOCOL.md P1.3): the roster a record's signer saw is the
 * membership fold (M2) of the membership records reachable from its `deps`. This class answers,
 * over one set of held records: is a record's causal past all held, and what is the roster of the
 * causal past of some ids. Folds are cached by the exact set of membership records they fold, so
 * records citing the same history share one fold.
 */
import type { RecordId } from "../records/ids.js";
import { foldMembership, type HeldIds, type MembershipFold } from "../membership/fold-membership.js";
import { isMembershipKind } from "../membership/kinds.js";
import { RosterAuthority } from "../membership/roster-authority.js";
import type { ParsedRecord } from "../records/record.js";

/** Something in a causal past that this device cannot confirm (V3.2). */
export interface Unconfirmed {
  readonly id: RecordId;
  /** `not-held`: the id is cited but no such record is held; `missing-deps`: a membership record
   * whose own causal past is not all held, so the fold could not judge it (M2.2). */
  readonly reason: "not-held" | "missing-deps";
}

/** The roster of a causal past. */
export interface CausalRoster {
  readonly fold: MembershipFold;
  readonly authority: RosterAuthority;
  /** Sorted by id. Empty when the whole causal past is held and judged. */
  readonly unconfirmed: readonly Unconfirmed[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A record's causal past is being judged (on the walk's stack). */
const WALKING = 0;
/** A record's causal past reaches a cycle of deps (impossible without a hash collision). */
const CYCLE = 1;
const CYCLE_PROBLEM = "its deps form a cycle";

/** What a held record's causal past was judged: its problem, null when none, or WALKING / CYCLE. */
type PastState = string | null | typeof WALKING | typeof CYCLE;

/** One held record on the walk's stack, and the next of its deps to look at. */
interface PastFrame {
  readonly record: ParsedRecord;
  next: number;
}

/** Causal-past queries over one set of held (signature-checked) records. Methods never throw on content. */
export class CausalRosters {
  readonly #held: ReadonlyMap<RecordId, ParsedRecord>;
  /** Each held record's causal past judged so far (only those asked about and their pasts). */
  readonly #past = new Map<RecordId, PastState>();
  readonly #byQuery = new Map<string, CausalRoster>();
  readonly #byMembers = new Map<string, { fold: MembershipFold; authority: RosterAuthority }>();
  /** How many held records are of a membership kind, once counted. */
  #membershipRecords: number | undefined;

  /** `held`: every record this device holds whose signature verified, by id. */
  constructor(held: ReadonlyMap<RecordId, ParsedRecord>) {
    this.#held = held;
  }

  /** True if the device holds the record `id`. */
  holds(id: RecordId): boolean {
    return this.#held.has(id);
  }

  /**
   * Why the causal past of `record` is not all held (P1.3, like M2.2): a detail naming the ids it
   * cites that are not held, or the first dep (in `deps` order) whose own past is incomplete; or
   * undefined when every record reachable from it is held. A held record whose deps lead back to
   * itself (a cycle: impossible without a hash collision), or to such a cycle, has "its deps form
   * a cycle". Only the pasts asked about are walked, each record once.
   */
  pastProblem(record: ParsedRecord): string | undefined {
    // Most records asked about (ballots) cite records already judged: answered from them, without
    // remembering the record itself. Such a record is on no cycle, since none of its deps reaches one.
    const { deps } = record.envelope;
    let judged = true;
    for (let i = 0; i < deps.length && judged; i++) {
      const state = this.#past.get(deps[i]!);
      judged = state !== WALKING && state !== CYCLE && (state !== undefined || !this.#held.has(deps[i]!));
    }
    if (judged) return this.#ownProblem(record);
    // A record that is not itself held (e.g. refused elsewhere) is judged from its deps.
    if (!this.#held.has(record.id)) {
      for (const dep of deps) if (this.#held.has(dep)) this.#walk(this.#held.get(dep)!);
      return this.#ownProblem(record);
    }
    const state = this.#walk(this.#held.get(record.id)!);
    return state === CYCLE ? CYCLE_PROBLEM : typeof state === "string" ? state : undefined;
  }

  /**
   * Judges the causal past of the held record `start` and of every held record it reaches, each
   * after its deps (depth first, without recursion: a chain of deps may be long); returns its state.
   */
  #walk(start: ParsedRecord): PastState {
    const past = this.#past;
    const known = past.get(start.id);
    if (known !== undefined) return known;
    past.set(start.id, WALKING);
    const stack: PastFrame[] = [{ record: start, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const { deps } = frame.record.envelope;
      let descended = false;
      while (frame.next < deps.length) {
        const dep = deps[frame.next]!;
        if (past.get(dep) === undefined) {
          const held = this.#held.get(dep);
          if (held !== undefined) {
            past.set(dep, WALKING);
            stack.push({ record: held, next: 0 });
            descended = true;
            break;
          }
        }
        frame.next++;
      }
      if (descended) continue;
      stack.pop();
      // Every held dep is judged now, or still on the stack (a cycle through this record).
      let cycle = false;
      for (const dep of deps) {
        const state = past.get(dep);
        if (state === WALKING || state === CYCLE) cycle = true;
      }
      past.set(frame.record.id, cycle ? CYCLE : (this.#ownProblem(frame.record) ?? null));
    }
    return past.get(start.id)!;
  }

  /** The problem of a record whose held deps are all judged (none on a cycle, for a held record). */
  #ownProblem(record: ParsedRecord): string | undefined {
    const { deps } = record.envelope;
    let incomplete: RecordId | undefined;
    for (const dep of deps) {
      if (!this.#held.has(dep)) return `cites records not held: ${deps.filter((d) => !this.#held.has(d)).join(", ")}`;
      if (incomplete === undefined) {
        const state = this.#past.get(dep);
        if (typeof state === "string" || state === CYCLE) incomplete = dep;
      }
    }
    return incomplete === undefined ? undefined : `depends on ${incomplete}, whose causal past is not all held`;
  }

  /**
   * The roster of the causal past of `ids` (P1.3, V3.1): the ids themselves and every record
   * reachable from them through `deps`, folded (M2) over the membership records among them, with
   * the other held records among them as `heldElsewhere`. Never throws.
   */
  rosterAt(ids: readonly RecordId[]): CausalRoster {
    const query = [...new Set(ids)].sort(byText).join(" ");
    const cached = this.#byQuery.get(query);
    if (cached !== undefined) return cached;
    const seen = new Set<RecordId>(ids);
    const stack = [...seen];
    const members: ParsedRecord[] = [];
    const elsewhere = new Set<string>();
    const notHeld: RecordId[] = [];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      const record = this.#held.get(id);
      if (record === undefined) {
        notHeld.push(id);
        continue;
      }
      if (isMembershipKind(record.envelope.kind)) members.push(record);
      else elsewhere.add(id);
      for (const dep of record.envelope.deps) {
        // One lookup per dep: the set grows only when the dep is new.
        const before = seen.size;
        if (seen.add(dep).size > before) stack.push(dep);
      }
    }
    const { fold, authority } = this.#foldOf(members, elsewhere);
    const unconfirmed: Unconfirmed[] = [
      ...notHeld.map((id) => ({ id, reason: "not-held" as const })),
      ...fold.rejections.filter((r) => r.reason === "missing-deps").map((r) => ({ id: r.key as RecordId, reason: "missing-deps" as const })),
    ].sort((a, b) => byText(a.id, b.id) || byText(a.reason, b.reason));
    const result = { fold, authority, unconfirmed };
    this.#byQuery.set(query, result);
    return result;
  }

  #membershipCount(): number {
    if (this.#membershipRecords === undefined) {
      this.#membershipRecords = 0;
      for (const record of this.#held.values()) if (isMembershipKind(record.envelope.kind)) this.#membershipRecords++;
    }
    return this.#membershipRecords;
  }

  /** The fold of every held membership record (M2.1), for the statuses of governance records. Never throws. */
  foldAll(): MembershipFold {
    const members: ParsedRecord[] = [];
    for (const record of this.#held.values()) if (isMembershipKind(record.envelope.kind)) members.push(record);
    // Every other held record, answered from the held records rather than copied into a set.
    const held = this.#held;
    const elsewhere = {
      has: (id: string): boolean => {
        const record = held.get(id as RecordId);
        return record !== undefined && !isMembershipKind(record.envelope.kind);
      },
    };
    return this.#foldOf(members, elsewhere).fold;
  }

  /** `members`: distinct held membership records. */
  #foldOf(members: ParsedRecord[], elsewhere: HeldIds): { fold: MembershipFold; authority: RosterAuthority } {
    // Distinct held membership records as many as are held are all of them (a vote's roster
    // reference usually reaches every one): known by that alone, without sorting 100,000 ids.
    // Any other set: its ids, sorted (the default sort is by UTF-16 code units), a key exact for
    // any set (never "all": an id has 43 characters), compared by the engine instead of hashed in script.
    const key =
      members.length > 0 && members.length === this.#membershipCount()
        ? "all"
        : members
            .map((record) => record.id)
            .sort()
            .join("\n");
    let entry = this.#byMembers.get(key);
    if (entry === undefined) {
      const fold = foldMembership(members, { heldElsewhere: elsewhere });
      entry = { fold, authority: new RosterAuthority(fold.roster) };
      this.#byMembers.set(key, entry);
    }
    return entry;
  }
}
