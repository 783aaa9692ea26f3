/**
 * The reports of a room's items (PROTOCOL.md CH13.2): for each item, the valid reports of it in
 * display order, for its moderators to look at. Reports change nothing of what the room shows.
 * Pure; never throws.
 */
import type { MemberKey, RecordId } from "../records/ids.js";
import type { ReportBody } from "./chat-bodies.js";
import type { ChatRecord, RoomJudgement } from "./judge-room.js";

/** One report of an item. */
export interface ReportNote {
  readonly id: RecordId;
  readonly by: MemberKey;
  readonly at: number;
  readonly reason: string;
}

/** The valid reports of each item, in display order (claimed time, then id: CH10.1). */
export function roomReports(judgement: RoomJudgement): ReadonlyMap<RecordId, readonly ReportNote[]> {
  const reports = judgement.valid
    .filter((entry): entry is ChatRecord<ReportBody> => entry.body.kind === "report")
    .sort((a, b) => a.record.envelope.at - b.record.envelope.at || (a.record.id < b.record.id ? -1 : 1));
  const out = new Map<RecordId, ReportNote[]>();
  for (const { record, body } of reports) out.set(body.target, [...(out.get(body.target) ?? []), { id: record.id, by: record.envelope.signer, at: record.envelope.at, reason: body.reason }]);
  return out;
}
