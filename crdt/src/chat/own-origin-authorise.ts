/**
 * The authorise step of a page of a room whose creation record is not a `thread` (a forum topic,
 * FO5.2; a blog post, BL5): page 0's `origin` holds that record, accepted there when it is the room
 * being read; everything else is judged by the room's rules (CH9).
 */
import type { Authorise } from "../chokepoint/read-document.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import type { ParsedRecord } from "../records/record.js";
import type { Room } from "./room.js";
import { roomPageAuthorise } from "./room-page-authorise.js";

/** The page authorise step of rooms created by records of `kind` (what `readRoomPages` takes). Never throws. */
export function ownOriginAuthorise(kind: string): (room: Room, rosters: CausalRosters) => Authorise {
  return (room, rosters) => {
    const rest = roomPageAuthorise(room, rosters);
    const isOwn = (record: ParsedRecord) => record.envelope.kind === kind && record.id === room.id;
    return async (records) => {
      const judged = await rest(records.filter((record) => !isOwn(record)));
      return { accepted: [...records.filter(isOwn), ...judged.accepted], rejections: judged.rejections };
    };
  };
}
