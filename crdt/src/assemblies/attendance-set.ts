/**
 * Votes of the members present (PROTOCOL.md AS8.1, AS8.6, AS8.7): the `attendance-set` record
 * listing the check-ins and check-outs a vote takes, the open's `present` member, the close's
 * `presence` member and the builders of the sets. Parsers never throw.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import { firstProblem, fractionProblem, idListProblem, idProblem, intProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";
import { compareIds } from "../tally/compare-ids.js";
import type { Fraction } from "../tally/types.js";
import type { Attendance } from "./assembly-view.js";

/** Most ids one `attendance-set` lists (AS8.1): keeps it under R8. */
export const MAX_ATTENDANCE_IDS = 5000;
/** Most sets one open names (AS8.1). */
export const MAX_ATTENDANCE_SETS = 1024;

/** `attendance-set` (AS8.1). */
export interface AttendanceSetBody {
  readonly kind: "attendance-set";
  readonly ids: readonly RecordId[];
}

/** The open's `present` member (AS8.1). */
export interface OpenPresent {
  readonly assembly: RecordId;
  readonly sets: readonly RecordId[];
}

/** The close's `presence` member (AS8.6): the room as the vote was held. */
export interface ClosePresence {
  readonly members: number;
  readonly weight: number;
  readonly electorate: { readonly members: number; readonly weight: number };
  readonly quorum: Fraction | null;
  readonly needed: number;
  readonly met: boolean;
}

/** Parses an `attendance-set` body (AS8.1). Never throws. */
export function parseAttendanceSetBody(body: CanonicalValue): BodyParse<AttendanceSetBody> {
  const problem = membersProblem(body, ["ids"]) ?? idListProblem("ids", (body as BodyObject).ids, 1, MAX_ATTENDANCE_IDS);
  return problem === undefined ? { ok: true, body: { kind: "attendance-set", ...(body as object) } as AttendanceSetBody } : { ok: false, problem };
}

/** Problem if `value` is not an open's `present` member (AS8.1). Never throws. */
export function openPresentProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["assembly", "sets"]);
  if (shape !== undefined) return `present: ${shape}`;
  const { assembly, sets } = value as BodyObject;
  return idProblem("present.assembly", assembly) ?? idListProblem("present.sets", sets, 0, MAX_ATTENDANCE_SETS);
}

/** Problem if `value` is not a close's `presence` member by its shape (AS8.6; its figures are judged against the vote). Never throws. */
export function closePresenceProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["electorate", "needed", "members", "met", "quorum", "weight"]);
  if (shape !== undefined) return `presence: ${shape}`;
  const p = value as BodyObject;
  const count = (name: string, v: CanonicalValue | undefined) => intProblem(name, v, 0, Number.MAX_SAFE_INTEGER);
  const electorate = membersProblem(p.electorate ?? null, ["members", "weight"]);
  return firstProblem(
    count("presence.members", p.members),
    count("presence.weight", p.weight),
    electorate === undefined ? firstProblem(count("presence.electorate.members", (p.electorate as BodyObject).members), count("presence.electorate.weight", (p.electorate as BodyObject).weight)) : `presence.electorate: ${electorate}`,
    p.quorum === null ? undefined : fractionProblem("presence.quorum", p.quorum),
    count("presence.needed", p.needed),
    typeof p.met === "boolean" ? undefined : "presence.met is not a boolean",
  );
}

/** AS8.7: the ids an opener takes, the check-in or check-out that counts for each member on their device. Never throws. */
export function takenAttendance(attendance: readonly Attendance[]): RecordId[] {
  return attendance.map((entry) => entry.id);
}

/** The `attendance-set` drafts (AS8.1, AS8.7) listing `ids`, sorted, at most MAX_ATTENDANCE_IDS each, citing `chapter`. Never throws. */
export function attendanceSetDrafts(ids: Iterable<RecordId>, chapter: RecordId): RecordDraft<"attendance-set", BodyFields<AttendanceSetBody>>[] {
  const sorted = [...new Set(ids)].sort(compareIds);
  const drafts: RecordDraft<"attendance-set", BodyFields<AttendanceSetBody>>[] = [];
  for (let i = 0; i < sorted.length; i += MAX_ATTENDANCE_IDS) drafts.push({ kind: "attendance-set", body: { ids: sorted.slice(i, i + MAX_ATTENDANCE_IDS) }, deps: withNamed([], chapter) });
  return drafts;
}

/** The room a close records (AS8.6) from the report's `present` (AS8.9): its figures without the assembly and the count taken. Never throws. */
export function closePresenceOf(present: ClosePresence): ClosePresence {
  const { members, weight, electorate, quorum, needed, met } = present;
  return { members, weight, electorate: { members: electorate.members, weight: electorate.weight }, quorum: quorum === null ? null : { num: quorum.num, den: quorum.den }, needed, met };
}
