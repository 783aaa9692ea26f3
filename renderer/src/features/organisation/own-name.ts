/**
 * What the member's device does so that every chapter they are a direct member of shows their name
 * (PROTOCOL.md PF3.3): sign their first profile, named as their identity is, while they have none;
 * then put their current profile, the same record, into each of those Chapter documents that lacks
 * it. Changing a profile once signed is the profile screen's business (PF5.5).
 */
import { memberNameProblem, nextProfileDraft, type ChapterId, type DocumentUrl, type MemberProfile, type RecordId, type Roster } from "@chapterhouse/crdt";

/** Where a copy of the member's profile goes. */
export interface ProfileCopy {
  readonly chapter: ChapterId;
  readonly document: DocumentUrl;
}

/** The member's first profile (PF5.5: seq 1), while they have none and `name` can be signed (PF1.1). Never throws. */
export function firstProfileDraft(me: MemberProfile, name: string, box: string): ReturnType<typeof nextProfileDraft> {
  const signed = name.trim();
  if (me.current !== undefined || memberNameProblem(signed) !== undefined) return undefined;
  return nextProfileDraft(me, { member: me.member, name: signed, bio: "", box, picture: null });
}

/** The member's chapters whose Chapter documents lack the profile `id` (PF3.3), given the profile ids each holds. Never throws. */
export function missingProfileCopies(roster: Roster, me: MemberProfile, held: ReadonlyMap<ChapterId, ReadonlySet<RecordId>>, id: RecordId): ProfileCopy[] {
  return me.chapters.flatMap((chapter) => {
    const entry = roster.chapters.get(chapter);
    return entry === undefined || held.get(chapter)?.has(id) === true ? [] : [{ chapter, document: entry.document }];
  });
}
