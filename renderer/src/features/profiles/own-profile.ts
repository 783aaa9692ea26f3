/**
 * The member's own profile as their device sees it (PROTOCOL.md PF3.3, PF5.5): the first one,
 * signed while they have none; the newest one they hold across their organisations; and the
 * chapters whose Chapter documents lack it.
 */
import type { Roster } from "@chapterhouse/crdt/membership";
import {
  judgeProfile,
  memberNameProblem,
  nextProfileDraft,
  type MemberProfile,
} from "@chapterhouse/crdt/profiles";
import type { ChapterId, DocumentUrl, ParsedRecord, RecordId } from "@chapterhouse/crdt/records";

/** Where a copy of the member's profile goes. */
export interface ProfileCopy {
  readonly chapter: ChapterId;
  readonly document: DocumentUrl;
}

/** What the member's next profile is signed over (PF5.5): their current profile and those that conflict with it. */
export type HeldProfile = Pick<MemberProfile, "current" | "conflicting">;

/** The member's first profile (PF5.5: seq 1), while they have none and `name` can be signed (PF1.1). Never throws. */
export function firstProfileDraft(me: HeldProfile, member: MemberProfile["member"], name: string, box: string): ReturnType<typeof nextProfileDraft> {
  const signed = name.trim();
  if (me.current !== undefined || memberNameProblem(signed) !== undefined) return undefined;
  return nextProfileDraft(me, { member, name: signed, bio: "", box, picture: null });
}

/**
 * The member's newest profile (PF5.3 across organisations): of what each organisation's read
 * makes of them and the record this device signed last (not yet read back anywhere), the one
 * with the highest `seq`; an organisation that saw no profile of theirs adds nothing. Never throws.
 */
export function newestOwnProfile(reads: readonly (MemberProfile | undefined)[], signedHere: ParsedRecord | undefined): HeldProfile {
  let newest: HeldProfile = { current: undefined, conflicting: [] };
  for (const read of reads) {
    if (read?.current !== undefined && (newest.current === undefined || read.current.seq > newest.current.seq)) newest = read;
  }
  const verdict = signedHere === undefined ? undefined : judgeProfile(signedHere);
  if (verdict?.ok === true && (newest.current === undefined || verdict.body.seq > newest.current.seq)) {
    const { member, seq, name, bio, box, picture } = verdict.body;
    newest = { current: { id: signedHere!.id, record: signedHere!, member, seq, name, bio, box, picture }, conflicting: [] };
  }
  return newest;
}

/** The member's chapters whose Chapter documents lack the profile `id` (PF3.3), given the profile ids each holds. Never throws. */
export function missingProfileCopies(roster: Roster, chapters: readonly ChapterId[], held: ReadonlyMap<ChapterId, ReadonlySet<RecordId>>, id: RecordId): ProfileCopy[] {
  return chapters.flatMap((chapter) => {
    const entry = roster.chapters.get(chapter);
    return entry === undefined || held.get(chapter)?.has(id) === true ? [] : [{ chapter, document: entry.document }];
  });
}
