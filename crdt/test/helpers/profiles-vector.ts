/** The profiles vector (crdt/vectors/profiles/profiles.json), read for tests, and the roster it states. */
import { readFileSync } from "node:fs";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../../src/records/ids.js";
import type { ChapterRoster, Roster } from "../../src/membership/roster.js";
import { isParsed, parseRecord, type ParsedRecord } from "../../src/records/record.js";

export interface ProfilesVector {
  readonly keys: Readonly<Record<string, MemberKey>>;
  readonly boxes: Readonly<Record<string, string>>;
  readonly chapters: Readonly<Record<string, { readonly id: ChapterId; readonly members: readonly MemberKey[] }>>;
  readonly picture: { readonly type: string; readonly hex: string; readonly ref: { readonly hash: string; readonly type: string; readonly size: number } };
  readonly records: readonly { readonly id: RecordId; readonly text: string; readonly heldIn: readonly string[]; readonly note: string }[];
  readonly expected: {
    readonly chapterProfiles: Readonly<Record<string, readonly RecordId[]>>;
    readonly profileDocument: { readonly owner: MemberKey; readonly accepted: readonly RecordId[] };
    readonly members: Readonly<
      Record<string, { readonly chapters: readonly ChapterId[]; readonly current: RecordId | null; readonly conflicting: readonly RecordId[]; readonly label: string | null; readonly fingerprint: readonly string[] }>
    >;
    readonly invalid: readonly { readonly id: RecordId; readonly member: MemberKey }[];
    readonly picture: { readonly member: MemberKey; readonly record: RecordId };
  };
}

export const vector = JSON.parse(readFileSync(new URL("../../vectors/profiles/profiles.json", import.meta.url), "utf8")) as ProfilesVector;

/** Every record of the vector, parsed. @throws if one does not parse to its id. */
export const records: readonly ParsedRecord[] = vector.records.map(({ id, text }) => {
  const parsed = parseRecord(text);
  if (!isParsed(parsed) || parsed.id !== id) throw new Error(`vector record ${id} does not parse to its id`);
  return parsed;
});

/** The records held in one place of the vector (`north`, `south`, `profile:alice`). */
export function heldIn(place: string): ParsedRecord[] {
  return vector.records.flatMap((entry, i) => (entry.heldIn.includes(place) ? [records[i]!] : []));
}

/** The roster the vector states: its chapters, each with its direct members (what readProfiles and isMember read). */
export function vectorRoster(): Roster {
  const chapters = Object.values(vector.chapters)
    .map(({ id, members }): ChapterRoster => ({
      id,
      name: id,
      level: "neighbourhood",
      parent: null,
      place: null,
      document: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A" as DocumentUrl,
      admission: { sponsors: 0, countersign: false },
      founders: [],
      children: [],
      members: new Map(members.map((key) => [key, { key, grant: id, founder: false }])),
      roles: [],
      invites: [],
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { chapters: new Map(chapters.map((chapter) => [chapter.id, chapter])) };
}
