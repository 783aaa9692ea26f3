/** A roster written by hand for tests of what reads one (no fold): chapters, their members and roles. */
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../../records/ids.js";
import type { Roster } from "../roster.js";

/** One chapter of a hand-written roster. */
export interface ChapterLine {
  readonly id: string;
  readonly parent: string | null;
  readonly members: readonly string[];
  /** Keys holding the facilitator role. */
  readonly facilitators?: readonly string[];
  /** Keys whose grant is a founder grant. */
  readonly founders?: readonly string[];
}

/** The grant a hand-written roster gives `key` in `chapter`. */
export const grantOf = (key: string, chapter: string) => `grant ${key} in ${chapter}` as RecordId;
/** The facilitator holding a hand-written roster gives `key` in `chapter`. */
export const holdingOf = (key: string, chapter: string) => `holding ${key} in ${chapter}` as RecordId;

/** The roster of `lines`, levels by depth. */
export function rosterOf(lines: readonly ChapterLine[]): Roster {
  const levels = ["international", "country", "region", "city", "neighbourhood"] as const;
  const depth = (line: ChapterLine): number => (line.parent === null ? 0 : 1 + depth(lines.find((l) => l.id === line.parent)!));
  return {
    chapters: new Map(
      lines.map((line) => [
        line.id as ChapterId,
        {
          id: line.id as ChapterId,
          name: line.id,
          level: levels[depth(line)]!,
          parent: line.parent as ChapterId | null,
          place: null,
          document: `automerge:${line.id}` as DocumentUrl,
          admission: { sponsors: 0, countersign: false },
          founders: (line.founders ?? []) as MemberKey[],
          children: lines.filter((l) => l.parent === line.id).map((l) => l.id as ChapterId),
          members: new Map(line.members.map((key) => [key as MemberKey, { key: key as MemberKey, grant: grantOf(key, line.id), founder: line.founders?.includes(key) ?? false }])),
          roles: (line.facilitators ?? []).map((key) => ({ key: key as MemberKey, role: "facilitator", grant: holdingOf(key, line.id) })),
          invites: [],
        },
      ]),
    ),
  };
}
