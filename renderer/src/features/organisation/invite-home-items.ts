/**
 * What the organisation adds to the home (shared/routing/home-items.ts): the invitations the member
 * signed that can still be used (M7: accepted, not closed, uses left, not expired), from the fold
 * the organisation's query already holds — a few invites per chapter, no worker call.
 */
import type { HomeItem, HomeItemsProvider, HomeReadContext } from "../../shared/routing/home-items.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { chapterPath } from "./paths.js";

/** The member's invitations not used up yet, by chapter. Never throws. */
export function readInviteItems({ organisation, member, now }: HomeReadContext): Promise<HomeItem[]> {
  const signers = organisation.fold.inviteSigners;
  const id = documentIdOf(organisation.url);
  const items: HomeItem[] = [];
  for (const chapter of organisation.roster.chapters.values()) {
    for (const invite of chapter.invites) {
      if (signers.get(invite.id) !== member || invite.closed || invite.uses >= invite.maxUses || invite.expires <= now) continue;
      items.push({ key: invite.id, chapter: chapter.id, title: chapter.name, href: chapterPath.href({ organisation: id, chapter: chapter.id }), at: invite.expires });
    }
  }
  return Promise.resolve(items);
}

/** The organisation's provider, registered by src/app/features.ts. */
export const organisationHomeItems: readonly HomeItemsProvider[] = [{ id: "invites", order: 40, sort: "soonest", useReader: () => readInviteItems }];
