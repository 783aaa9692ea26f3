/**
 * The organisation's mutual-aid boards as a device shows them (PROTOCOL.md AID5): every chapter's
 * `aid` read through the chokepoint, judged (AID4), and its valid posts listed with their chapter,
 * its level, and whether they were met — those of a member no longer in the chapter (removed, or
 * gone) hidden. Never throws on content.
 */
import { isMember } from "../membership/electorate.js";
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import { organisationDocuments, signedRecordsOf, type OrganisationSnapshots } from "../report/read-proposals.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { ParsedRecord } from "../records/record.js";
import type { Verifier } from "../verify/verifier.js";
import type { VerifiedIdCache } from "../verify/verified-cache.js";
import type { AidPostBody } from "./aid-bodies.js";
import { judgeAid, metOf } from "./judge-aid.js";

/** One offer or request on a board. */
export interface AidPost {
  readonly id: RecordId;
  readonly kind: AidPostBody["kind"];
  readonly author: MemberKey;
  readonly at: number;
  readonly chapter: ChapterId;
  /** The chapter's level (M4: `international`, `city`, `neighbourhood`…), for the level filter. */
  readonly level: string;
  readonly body: AidPostBody;
  /** The author's thank-you once met, else null. */
  readonly met: { readonly id: RecordId; readonly at: number; readonly thanks: string } | null;
}

/** The board of `chapter` from the records its document holds (AID5.1–AID5.3), newest first. Never throws. */
export function aidBoard(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): AidPost[] {
  const roster = rosters.foldAll().roster;
  const level = roster.chapters.get(chapter)?.level ?? "";
  const judged = judgeAid({ chapter, rosters }, records);
  const met = metOf(judged);
  return judged.posts
    .filter((post) => post.status === "valid" && post.body !== null && isMember(roster, chapter, post.record.envelope.signer))
    .map((post) => {
      const thanks = met.get(post.record.id);
      return {
        id: post.record.id,
        kind: post.body!.kind,
        author: post.record.envelope.signer,
        at: post.record.envelope.at,
        chapter,
        level,
        body: post.body!,
        met: thanks === undefined ? null : { id: thanks.record.id, at: thanks.record.envelope.at, thanks: thanks.body!.thanks },
      };
    })
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}

/**
 * Every chapter's board in the organisation's documents, newest first.
 * @throws whatever the verifier throws (a backend failure); never on document content.
 */
export async function readAid(organisation: OrganisationSnapshots, verifier: Verifier, verified: VerifiedIdCache): Promise<AidPost[]> {
  const { held, placed, rosters } = await signedRecordsOf(organisationDocuments(organisation), verifier, verified);
  const roster = rosters.foldAll().roster;
  return [...roster.chapters.values()]
    .flatMap((chapter) => aidBoard(chapter.id, [...(placed.get(chapter.document) ?? [])].map((id) => held.get(id)!), rosters))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}
