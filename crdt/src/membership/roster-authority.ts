/**
 * Cited authority against a finished roster (PROTOCOL.md M3.3, M3.4 as used by P1.3): for a record
 * that is not itself folded (a proposal, an open, a close…), which of its `deps` is a live grant or
 * a live facilitator holding of its signer in the roster of its causal past. The fold judges
 * membership records against its running state; this answers the same questions once the fold is
 * done, with indexes built once per roster.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { FACILITATOR } from "./kinds.js";
import type { Roster } from "./roster.js";

/** A facilitator authority (M3.4): the cited holding and the cited grant within its chapter. */
export interface CitedFacilitator {
  readonly holding: RecordId;
  readonly grant: RecordId;
}

interface GrantAt {
  readonly chapter: ChapterId;
  readonly key: MemberKey;
}

interface HoldingAt extends GrantAt {
  readonly role: string;
}

/** Authority questions over one roster. Build one per roster and keep it; methods never throw. */
export class RosterAuthority {
  readonly #roster: Roster;
  readonly #grants = new Map<RecordId, GrantAt>();
  readonly #holdings = new Map<RecordId, HoldingAt>();

  constructor(roster: Roster) {
    this.#roster = roster;
    for (const chapter of roster.chapters.values()) {
      for (const member of chapter.members.values()) this.#grants.set(member.grant, { chapter: chapter.id, key: member.key });
      for (const role of chapter.roles) this.#holdings.set(role.grant, { chapter: chapter.id, key: role.key, role: role.role });
    }
  }

  /** True if `chapter` is `ancestor` or lies below it in the roster's chapter tree. */
  isWithin(chapter: ChapterId, ancestor: ChapterId): boolean {
    for (let at: ChapterId | null = chapter; at !== null; at = this.#roster.chapters.get(at)?.parent ?? null) {
      if (at === ancestor) return true;
    }
    return false;
  }

  /**
   * Member authority (M3.3): the first of `deps` that is a live grant of `signer` in `chapter` or a
   * chapter below it, or undefined.
   */
  citedGrant(chapter: ChapterId, signer: MemberKey, deps: readonly RecordId[]): RecordId | undefined {
    return deps.find((dep) => {
      const grant = this.#grants.get(dep);
      return grant !== undefined && grant.key === signer && this.isWithin(grant.chapter, chapter);
    });
  }

  /**
   * Facilitator authority (M3.4): the first of `deps` that is a live facilitator holding of
   * `signer` in `chapter` or a chapter above it (A), with the first of `deps` that is a live grant
   * of `signer` in A or below; or undefined.
   */
  citedFacilitator(chapter: ChapterId, signer: MemberKey, deps: readonly RecordId[]): CitedFacilitator | undefined {
    for (const dep of deps) {
      const holding = this.#holdings.get(dep);
      if (holding === undefined || holding.key !== signer || holding.role !== FACILITATOR) continue;
      if (!this.isWithin(chapter, holding.chapter)) continue;
      const grant = this.citedGrant(holding.chapter, signer, deps);
      if (grant !== undefined) return { holding: dep, grant };
    }
    return undefined;
  }
}
