import * as A from "@automerge/automerge";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { isParsed, parseRecord, type ParsedRecord } from "../records/record.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { Room } from "./room.js";
import { generalRoomId } from "./general-room.js";
import { THREAD_GENESIS_ACTOR, threadGenesis, threadPageId, threadPageUrl } from "./thread-page-document.js";
import { chatScenario } from "./test-helpers/chat-scenario.js";
import { chatVectorRecords } from "./test-helpers/chat-vector-records.js";
import { vectorExpectations } from "./test-helpers/vector-expectations.js";

interface RoomsVector {
  readonly governance: readonly { readonly id: string; readonly text: string }[];
  readonly rooms: Readonly<Record<"north" | "crew", Room>>;
  readonly records: readonly { readonly room: "north" | "crew"; readonly note: string; readonly id: string; readonly text: string }[];
  readonly expected: ReturnType<typeof vectorExpectations>;
}
interface PagesVector {
  readonly chapters: readonly { readonly name: string; readonly chapter: ChapterId; readonly generalRoom: string }[];
  readonly pages: readonly { readonly room: RecordId; readonly n: number; readonly id: string; readonly url: string }[];
  readonly genesis: { readonly actor: string; readonly hash: string; readonly bytes: string };
}
const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../vectors/chat/${name}`, import.meta.url), "utf8")) as T;
const rooms = read<RoomsVector>("rooms.json");
const pages = read<PagesVector>("pages.json");

/** A vector record text parsed, or a failed test. */
function parsed(entry: { readonly id: string; readonly text: string }): ParsedRecord {
  const record = parseRecord(entry.text);
  if (!isParsed(record)) throw new Error(`vector record ${entry.id} does not parse`);
  expect(record.id).toBe(entry.id);
  return record;
}

describe("chat vectors (crdt/vectors/chat)", () => {
  let built: Awaited<ReturnType<typeof chatVectorRecords>>;
  let governance: readonly ParsedRecord[];
  beforeAll(async () => {
    const s = await chatScenario();
    built = await chatVectorRecords(s);
    governance = s.governance;
  });

  it("[CH11] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", () => {
    expect(governance.map((r) => ({ id: r.id, text: r.text }))).toEqual(rooms.governance);
    expect(built.records.map((r) => ({ room: r.room, note: r.note, id: r.record.id, text: r.record.text }))).toEqual(rooms.records);
    expect(JSON.parse(JSON.stringify(built.rooms))).toEqual(rooms.rooms);
  });

  it("[CH1] [CH2] [CH3] [CH4] [CH5] [CH6] [CH7] [CH8] [CH10] the file's records, read from their texts, give the file's verdicts and timelines", () => {
    const records = rooms.records.map((entry) => ({ room: entry.room, record: parsed(entry) }));
    expect(vectorExpectations(rooms.governance.map(parsed), rooms.rooms, records)).toEqual(rooms.expected);
    // Every record is judged in its room, and every rule the notes name has a case.
    for (const entry of rooms.records) expect(rooms.expected.verdicts[entry.room]?.[entry.id], entry.note).toBeDefined();
    expect(new Set(rooms.records.map((entry) => rooms.expected.verdicts[entry.room]![entry.id]!.status))).toEqual(new Set(["valid", "ineligible-signer", "wrong-context", "malformed"]));
  });

  it("[CH2.4] [CH9.1] general room ids, page ids and URLs are the ones a separate implementation computed", () => {
    for (const { chapter, generalRoom } of pages.chapters) expect(generalRoomId(chapter)).toBe(generalRoom);
    expect(pages.pages.length).toBeGreaterThan(0);
    for (const { room, n, id, url } of pages.pages) {
      expect(Buffer.from(threadPageId(room, n)).toString("hex"), `${room} ${n}`).toBe(id);
      expect(threadPageUrl(room, n)).toBe(url);
    }
    expect(() => threadPageId(pages.pages[0]!.room, -1)).toThrow(RangeError);
    expect(() => threadPageId(pages.pages[0]!.room, 2 ** 31 + 1)).toThrow(RangeError);
    expect(() => threadPageId("short" as RecordId, 0)).toThrow(TypeError);
  });

  it("[CH9.2] every page starts from one genesis change: the vector's bytes, actor, hash and operations", () => {
    const bytes = threadGenesis();
    expect(Buffer.from(bytes).toString("base64url")).toBe(pages.genesis.bytes);
    const [change] = A.getAllChanges(A.load(bytes));
    const decoded = A.decodeChange(change!);
    expect({ actor: decoded.actor, seq: decoded.seq, startOp: decoded.startOp, time: decoded.time, message: decoded.message, deps: decoded.deps, hash: decoded.hash }).toEqual({
      actor: THREAD_GENESIS_ACTOR,
      seq: 1,
      startOp: 1,
      time: 0,
      message: "create thread",
      deps: [],
      hash: pages.genesis.hash,
    });
    expect(decoded.ops.map((op) => [op.action, op.key])).toEqual([["set", "schema"], ["makeMap", "origin"], ["makeMap", "pages"], ["makeMap", "pins"], ["makeMap", "messages"], ["makeMap", "unsigned"]]);
  });
});
