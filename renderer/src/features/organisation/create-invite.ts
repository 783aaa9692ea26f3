import { depsWithFrontier, facilitatorAuthority, inviteDraft } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import type { MemberSpace } from "./member-space.js";
import type { OpenOrganisation } from "./open-organisation.js";

/** What a facilitator chooses for an invite. */
export interface CreateInviteInput {
  readonly chapter: ChapterId;
  /** 1–1000 (M7.1). */
  readonly maxUses: number;
  /** Expiry, ms since the epoch (compared with the redeemer's claimed time only, M7.6). */
  readonly expires: number;
}

/** A new invite and its token secret (for the link; nowhere else). */
export interface CreatedInvite {
  readonly invite: RecordId;
  readonly token: Uint8Array;
}

/**
 * Creates an invite (PROTOCOL.md M7.1): a fresh token key pair from the platform's random
 * source; the `invite` record, signed with facilitator authority over the chapter (M3.4), in the
 * chapter's document. The token's secret goes only into the link.
 * @throws {Error} with a sentence for the member if they hold no facilitator role over the
 *   chapter, the uses are out of range, or the identity is locked.
 */
export async function createInvite(
  space: MemberSpace,
  organisation: OpenOrganisation,
  input: CreateInviteInput,
): Promise<CreatedInvite> {
  if (!Number.isSafeInteger(input.maxUses) || input.maxUses < 1 || input.maxUses > 1000) {
    throw new Error("An invite can be used from 1 to 1000 times.");
  }
  const view = await organisation.refresh();
  const chapter = view.roster.chapters.get(input.chapter);
  if (chapter === undefined || view.fold === undefined) throw new Error("This chapter is not known on this device yet.");
  const authority = facilitatorAuthority(view.roster, input.chapter, space.member.key);
  if (authority === undefined) throw new Error(`Only a facilitator of ${chapter.name} or a chapter above it can invite.`);
  const token = space.randomBytes(32);
  const tokenKey = naclSignerFromSeed(token).publicKey;
  const invite = await space.signDraft(
    inviteDraft({ chapter: input.chapter, token: tokenKey, maxUses: input.maxUses, expires: input.expires }, depsWithFrontier(view.fold, input.chapter, [input.chapter, ...authority])),
  );
  await space.documents.write(chapter.document, "governance", [invite]);
  return { invite: invite.id, token };
}
