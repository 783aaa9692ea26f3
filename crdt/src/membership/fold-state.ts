/**
 * The state the membership fold builds as it walks the fold order (PROTOCOL.md M3): chapters,
 * membership grants, role holdings, invites and consumed records, with the authority checks of M3.
 * One instance lives inside one call of `foldMembership`; nothing here is shared between calls.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { GenesisBody, MembershipBody } from "./bodies.js";
import { FACILITATOR } from "./kinds.js";

/** A membership grant (M3.1): the record that made `key` a direct member of `chapter`. */
export interface Grant {
  readonly id: RecordId;
  readonly key: MemberKey;
  readonly chapter: ChapterId;
  /** Granted by a genesis or an endorse, or rotated from such a grant (M3.5). */
  readonly founder: boolean;
  live: boolean;
  /** The record that ended it (M8.3): a leave, remove or rotate. */
  endedBy?: RecordId;
  /** The rotate that replaced this grant (M10.3). */
  successor?: RecordId;
}

/** A role holding (M9.3): identified by the `role` record that granted it; moves with rotation. */
export interface Holding {
  readonly id: RecordId;
  key: MemberKey;
  readonly chapter: ChapterId;
  readonly role: string;
  live: boolean;
  /** The record that ended it (M8.3): a revoking role record, or the end of its holder's membership. */
  endedBy?: RecordId;
}

/** What an accepted record's authority rested on, to judge later whether it still stands (M3.7). */
export interface Authority {
  readonly grant: RecordId;
  readonly holding: RecordId | null;
}

/** An invite's running state (M7). */
export interface InviteState {
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly token: MemberKey;
  readonly maxUses: number;
  readonly expires: number;
  readonly authority: Authority;
  uses: number;
  closed: boolean;
  /** The uninvite that closed it (M7.5). */
  closedBy?: RecordId;
}

/** What an accepted record relied on (M8.4). */
export interface Reliance {
  /** The signer's own authority, if the record needed one. */
  readonly authority: Authority | null;
  /** For an admit: the authorities of the sponsorships, countersign or invite it counted. */
  readonly counted: readonly Authority[];
  /** For an admit by invite: the invite. */
  readonly invite: RecordId | null;
}

/** An accepted record with its parsed body and what it relied on. */
export interface AcceptedRecord extends Reliance {
  readonly record: ParsedRecord;
  readonly body: MembershipBody;
}

/** A chapter created by an accepted genesis (M4). */
export interface ChapterState {
  readonly id: ChapterId;
  readonly genesis: GenesisBody;
}

const triple = (chapter: string, key: string, role: string) => `${chapter} ${key} ${role}`;

/** The mutable state of one fold. Methods never throw. */
export class FoldState {
  readonly chapters = new Map<ChapterId, ChapterState>();
  readonly grants = new Map<RecordId, Grant>();
  readonly holdings = new Map<RecordId, Holding>();
  readonly invites = new Map<RecordId, InviteState>();
  /**
   * The accepted records a later rule may look up (sponsor, countersign, redeem, rotate-proof) or
   * whose reliance M8.4 checks (a record that relied on a grant, a holding, a count or an invite),
   * in fold order. An accepted record that is neither (e.g. an admit with no sponsors, 100,000
   * of them in a large vote) is not kept: nothing would read it.
   */
  readonly accepted = new Map<RecordId, AcceptedRecord>();
  /** Sponsor, countersign and redeem records already counted by an accepted admit (M6.6). */
  readonly consumed = new Set<RecordId>();
  /** `chapter key` of every founder who has joined, so each joins once (M5.2). */
  readonly joinedFounders = new Set<string>();
  /** The record being applied: ends are attributed to it (M8.4). */
  cause: RecordId | undefined;
  /** chapter → key → the live direct grant (by chapter first: no `chapter key` text made per lookup). */
  readonly #directGrant = new Map<ChapterId, Map<MemberKey, RecordId>>();
  /**
   * key → its live grant, or its live grants when it has several (most keys hold one: no set each).
   * Only an end asks it (M9.6): built from the live grants when first asked, kept up to date after.
   */
  #grantsOfKey: Map<MemberKey, RecordId | Set<RecordId>> | undefined;
  /** `chapter key role` → the live holding. */
  readonly #holdingOf = new Map<string, RecordId>();
  /** key → its live holdings, in the order granted. */
  readonly #holdingsOfKey = new Map<MemberKey, Set<RecordId>>();

  /** True if `chapter` is `ancestor` or lies below it in the chapter tree. */
  isWithin(chapter: ChapterId, ancestor: ChapterId): boolean {
    for (
      let at: ChapterId | null = chapter;
      at !== null;
      at = this.chapters.get(at)?.genesis.parent ?? null
    ) {
      if (at === ancestor) return true;
    }
    return false;
  }

  /** The live grant making `key` a direct member of `chapter`, if any. */
  directGrant(chapter: ChapterId, key: MemberKey): RecordId | undefined {
    return this.#directGrant.get(chapter)?.get(key);
  }

  /** True if `key` holds a live grant in `chapter` or a chapter below it (M11.1). */
  isMember(chapter: ChapterId, key: MemberKey): boolean {
    const held = this.#liveGrantsOfKeys().get(key);
    if (held === undefined) return false;
    if (typeof held === "string") return this.isWithin(this.grants.get(held)!.chapter, chapter);
    for (const id of held) {
      if (this.isWithin(this.grants.get(id)!.chapter, chapter)) return true;
    }
    return false;
  }

  /** The live holding of `role` by `key` in exactly `chapter`, if any. */
  holding(chapter: ChapterId, key: MemberKey, role: string): RecordId | undefined {
    return this.#holdingOf.get(triple(chapter, key, role));
  }

  /**
   * Member authority (M3.3): the id of a live grant held by the record's signer in `chapter` or
   * below it that the record cites in its deps.
   */
  citedMembership(record: ParsedRecord, chapter: ChapterId): RecordId | undefined {
    const { signer, deps } = record.envelope;
    return deps.find((dep) => {
      const grant = this.grants.get(dep);
      return (
        grant !== undefined && grant.live && grant.key === signer && this.isWithin(grant.chapter, chapter)
      );
    });
  }

  /** Direct membership (M3.3): a cited live grant of the signer in exactly `chapter`. */
  citedDirect(record: ParsedRecord, chapter: ChapterId, founderOnly = false): RecordId | undefined {
    const { signer, deps } = record.envelope;
    return deps.find((dep) => {
      const grant = this.grants.get(dep);
      return (
        grant !== undefined &&
        grant.live &&
        grant.key === signer &&
        grant.chapter === chapter &&
        (!founderOnly || grant.founder)
      );
    });
  }

  /**
   * Facilitator authority over `chapter` (M3.4): a cited live facilitator holding of the signer in
   * `chapter` or a chapter above it, and a cited live grant of the signer within that holding's chapter.
   */
  citedFacilitator(record: ParsedRecord, chapter: ChapterId): Authority | undefined {
    const { signer, deps } = record.envelope;
    for (const dep of deps) {
      const holding = this.holdings.get(dep);
      if (holding === undefined || !holding.live || holding.key !== signer || holding.role !== FACILITATOR)
        continue;
      if (!this.isWithin(chapter, holding.chapter)) continue;
      const grant = this.citedMembership(record, holding.chapter);
      if (grant !== undefined) return { grant, holding: holding.id };
    }
    return undefined;
  }

  /** The live grant `id` resolves to through rotations (M3.7), or undefined if it has ended. */
  resolveGrant(id: RecordId): Grant | undefined {
    let grant = this.grants.get(id);
    while (grant !== undefined && !grant.live && grant.successor !== undefined)
      grant = this.grants.get(grant.successor);
    return grant?.live ? grant : undefined;
  }

  /**
   * The record that ended the membership behind grant `id` for good (M8.4): its end, or the end of
   * the grant it was rotated into, and so on; undefined while the membership lives on.
   */
  lossOf(id: RecordId): RecordId | undefined {
    let grant = this.grants.get(id);
    while (grant !== undefined && !grant.live && grant.successor !== undefined)
      grant = this.grants.get(grant.successor);
    return grant !== undefined && !grant.live ? grant.endedBy : undefined;
  }

  /** True if an accepted record's authority still stands (M3.7). */
  stands(authority: Authority): boolean {
    if (this.resolveGrant(authority.grant) === undefined) return false;
    return authority.holding === null || this.holdings.get(authority.holding)?.live === true;
  }

  /** The live grants of each key, built from `grants` when first asked. */
  #liveGrantsOfKeys(): Map<MemberKey, RecordId | Set<RecordId>> {
    if (this.#grantsOfKey === undefined) {
      this.#grantsOfKey = new Map();
      for (const grant of this.grants.values()) if (grant.live) this.#noteGrantOfKey(grant.key, grant.id);
    }
    return this.#grantsOfKey;
  }

  #noteGrantOfKey(key: MemberKey, id: RecordId): void {
    const grantsOfKey = this.#grantsOfKey!;
    const held = grantsOfKey.get(key);
    if (held === undefined) grantsOfKey.set(key, id);
    else if (typeof held === "string") grantsOfKey.set(key, new Set([held, id]));
    else held.add(id);
  }

  /** Records a new live grant (M3.1). */
  addGrant(id: RecordId, key: MemberKey, chapter: ChapterId, founder: boolean): void {
    this.grants.set(id, { id, key, chapter, founder, live: true });
    let direct = this.#directGrant.get(chapter);
    if (direct === undefined) this.#directGrant.set(chapter, (direct = new Map<MemberKey, RecordId>()));
    direct.set(key, id);
    if (this.#grantsOfKey !== undefined) this.#noteGrantOfKey(key, id);
  }

  /**
   * Ends a grant (M8.3): by leave or remove, or by rotate with its `successor`. Then ends every
   * role holding of the key in a chapter it is no longer a member of (M9.6).
   */
  endGrant(id: RecordId, successor?: RecordId): void {
    const grant = this.grants.get(id);
    if (grant === undefined || !grant.live) return;
    grant.live = false;
    if (this.cause !== undefined) grant.endedBy = this.cause;
    if (successor !== undefined) grant.successor = successor;
    this.#directGrant.get(grant.chapter)?.delete(grant.key);
    const grantsOfKey = this.#liveGrantsOfKeys();
    const held = grantsOfKey.get(grant.key);
    if (held === id) grantsOfKey.delete(grant.key);
    else if (typeof held === "object") held.delete(id);
    this.lapseHoldings(grant.key);
  }

  /** Ends the holdings of `key` in chapters it is no longer a member of (M9.6). */
  lapseHoldings(key: MemberKey): void {
    for (const id of [...(this.#holdingsOfKey.get(key) ?? [])]) {
      const holding = this.holdings.get(id)!;
      if (!this.isMember(holding.chapter, key)) this.endHolding(id);
    }
  }

  /** Records a new live role holding (M9.3). */
  addHolding(id: RecordId, key: MemberKey, chapter: ChapterId, role: string): void {
    this.holdings.set(id, { id, key, chapter, role, live: true });
    this.#holdingOf.set(triple(chapter, key, role), id);
    let set = this.#holdingsOfKey.get(key);
    if (set === undefined) this.#holdingsOfKey.set(key, (set = new Set()));
    set.add(id);
  }

  /** Ends a role holding (M9.4, M9.6). */
  endHolding(id: RecordId): void {
    const holding = this.holdings.get(id);
    if (holding === undefined || !holding.live) return;
    holding.live = false;
    if (this.cause !== undefined) holding.endedBy = this.cause;
    this.#holdingOf.delete(triple(holding.chapter, holding.key, holding.role));
    this.#holdingsOfKey.get(holding.key)?.delete(id);
  }

  /**
   * Moves the live holdings of `from` in `chapter` and the chapters above it to `to` (M10.3). A
   * holding `to` already has in the same chapter and role ends instead of being duplicated.
   */
  moveHoldings(from: MemberKey, to: MemberKey, chapter: ChapterId): void {
    for (const id of [...(this.#holdingsOfKey.get(from) ?? [])]) {
      const holding = this.holdings.get(id)!;
      if (!this.isWithin(chapter, holding.chapter)) continue;
      if (this.holding(holding.chapter, to, holding.role) !== undefined) {
        this.endHolding(id);
        continue;
      }
      this.#holdingOf.delete(triple(holding.chapter, from, holding.role));
      this.#holdingsOfKey.get(from)?.delete(id);
      holding.key = to;
      this.#holdingOf.set(triple(holding.chapter, to, holding.role), id);
      let set = this.#holdingsOfKey.get(to);
      if (set === undefined) this.#holdingsOfKey.set(to, (set = new Set()));
      set.add(id);
    }
  }
}
