/**
 * What the chat vector (crdt/vectors/chat/rooms.json) expects of its records, as plain JSON: each
 * record's verdict in its room and each room's timeline.
 */
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ParsedRecord } from "../../records/record.js";
import { judgeRoom } from "../judge-room.js";
import type { Room } from "../room.js";
import { roomTimeline } from "../room-timeline.js";

/** Judges each room's records over `governance`, giving verdicts (by room, then id) and timelines (by room) as plain JSON. Never throws. */
export function vectorExpectations(governance: readonly ParsedRecord[], rooms: Readonly<Record<string, Room>>, records: readonly { readonly room: string; readonly record: ParsedRecord }[]) {
  const rosters = new CausalRosters(new Map(governance.map((record) => [record.id, record])));
  const verdicts: Record<string, Record<string, { status: string; detail: string }>> = {};
  const timelines: Record<string, unknown> = {};
  for (const [name, room] of Object.entries(rooms)) {
    const judged = judgeRoom(room, records.filter((entry) => entry.room === name).map((entry) => entry.record), rosters);
    verdicts[name] = Object.fromEntries([...judged.verdicts].map(([id, verdict]) => [id, { status: verdict.status, detail: verdict.detail }]));
    const timeline = roomTimeline(judged);
    timelines[name] = { ...timeline, threads: Object.fromEntries(timeline.threads) };
  }
  return JSON.parse(JSON.stringify({ verdicts, timelines })) as { verdicts: typeof verdicts; timelines: Record<string, unknown> };
}
