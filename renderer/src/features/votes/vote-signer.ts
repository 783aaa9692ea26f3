/**
 * Who signs the records of a vote on this device: the unlocked member, through the platform's key
 * vault (which sets `signer` and `at` from its clock). `MemberSpace` is one; tests pass their own.
 */
import type { RecordDraft } from "@chapterhouse/crdt/kinds";
import type { MemberKey, ParsedRecord } from "@chapterhouse/crdt/records";
import type { MemberSpace } from "../organisation/index.js";

/** The signing seam of the vote actions. */
export interface VoteSigner {
  readonly key: MemberKey;
  /**
   * Signs a record a kind's builder made (`…Draft`) with the unlocked key.
   * @throws (as a rejected promise) if the identity is locked or the vault fails.
   */
  sign(draft: RecordDraft): Promise<ParsedRecord>;
  /** The clock the vault signs with (ms since the epoch). */
  now(): number;
}

/** The member space as a VoteSigner. Never throws. */
export function spaceSigner(space: MemberSpace): VoteSigner {
  return {
    key: space.member.key,
    sign: (draft) => space.signDraft(draft),
    now: () => space.now(),
  };
}
