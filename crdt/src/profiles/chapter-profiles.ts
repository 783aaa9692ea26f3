/**
 * The profiles a Chapter document counts (PROTOCOL.md PF3.2): those of the chapter's members, by
 * the device's current roster, so a name stops showing once its member has left.
 */
import type { ChapterId } from "../records/ids.js";
import { isMember } from "../membership/electorate.js";
import type { Roster } from "../membership/roster.js";
import type { ParsedRecord } from "../records/record.js";
import { judgeProfile } from "./judge-profile.js";

/**
 * The profiles that count in `chapter`'s Chapter document (PF3.2): each its signer's own (PF3),
 * the signer a member of the chapter (M11.1) by `roster` — what that document's authorise step
 * accepts of its `profiles`. Records of other kinds are left out. Never throws.
 */
export function chapterProfiles(records: readonly ParsedRecord[], chapter: ChapterId, roster: Roster): ParsedRecord[] {
  if (!roster.chapters.has(chapter)) return [];
  return records.filter((record) => {
    const verdict = judgeProfile(record);
    return verdict.ok && isMember(roster, chapter, verdict.body.member);
  });
}
