/**
 * The authorise step of a room's page (PROTOCOL.md CH9, D3.8): a Thread document counts the
 * records `judgeRoom` finds valid for its room, whoever wrote what into it.
 */
import type { Authorise } from "../chokepoint/read-document.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection, RejectionReason } from "../records/rejection.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { judgeRoom } from "./judge-room.js";
import type { Room } from "./room.js";

/** The chokepoint's reason for a verdict: a causal past not all held stays `missing-deps` (judged again later). */
const reasonOf = (status: string): RejectionReason => (status === "malformed" || status === "missing-deps" ? status : "unauthorised");

/**
 * The authorise step of a page of `room`, with `rosters` over the records of the room's chapter
 * and organisation: valid records accepted, the others rejected with their verdict's detail. Never throws.
 */
export function roomPageAuthorise(room: Room, rosters: CausalRosters): Authorise {
  return (records: readonly ParsedRecord[]) => {
    const judged = judgeRoom(room, records, rosters);
    const rejections: Rejection[] = [];
    for (const record of records) {
      const verdict = judged.verdicts.get(record.id);
      if (verdict !== undefined && verdict.status !== "valid") rejections.push({ key: record.id, id: record.id, reason: reasonOf(verdict.status), detail: verdict.detail });
    }
    return { accepted: judged.valid.map((entry) => entry.record), rejections };
  };
}
