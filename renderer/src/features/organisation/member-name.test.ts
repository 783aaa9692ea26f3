import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isParsed, parseRecord, recordIdOf, type ChapterId, type ChapterRoster, type MemberKey, type ParsedRecord, type RecordId, type Roster } from "@chapterhouse/crdt";
import { beforeAll, describe, expect, it } from "vitest";
import { currentNames, isMemberName, nameLabels, parseMemberName, validNames, type NameEntry } from "./member-name.js";
import { ownNamesToSign } from "./own-name.js";

interface Vector {
  readonly chapter: ChapterId;
  readonly keys: Readonly<Record<string, MemberKey>>;
  readonly members: readonly MemberKey[];
  readonly records: readonly { readonly id: RecordId; readonly text: string; readonly note: string }[];
  readonly valid: readonly RecordId[];
  readonly labels: Readonly<Record<string, string>>;
}

let vector: Vector;
let records: ParsedRecord[];

/** A one-chapter roster whose members are `members` (what isMember reads). */
function rosterOf(chapter: ChapterId, members: readonly MemberKey[]): Roster {
  const entry = {
    id: chapter,
    name: "Old Quay",
    level: "neighbourhood",
    parent: null,
    place: null,
    document: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A",
    admission: { sponsors: 0, countersign: false },
    founders: [],
    children: [],
    members: new Map(members.map((key) => [key, { key, grant: `grant-${key}` as RecordId, founder: false }])),
    roles: [],
    invites: [],
  } as unknown as ChapterRoster;
  return { chapters: new Map([[chapter, entry]]) };
}

beforeAll(async () => {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../crdt/vectors/names/member-names.json");
  vector = JSON.parse(await readFile(file, "utf8")) as Vector;
  records = vector.records.map(({ id, text }) => {
    const parsed = parseRecord(text);
    if (!isParsed(parsed) || parsed.id !== id || recordIdOf(text) !== id) throw new Error(`vector record ${id} does not parse to its id`);
    return parsed;
  });
});

describe("member names (M14)", () => {
  it("[M14.2] [M14.3] [M14.4] the known-answer vector: which records count, and how each member is shown", () => {
    const roster = rosterOf(vector.chapter, vector.members);
    const valid = validNames(records, vector.chapter, roster);
    expect(valid.map((entry) => entry.id).sort()).toEqual(vector.valid);
    expect(Object.fromEntries(nameLabels(currentNames(valid)))).toEqual(vector.labels);
  });

  it("[M14.1] a name is 1–200 code units, without surrounding spaces or control characters; the body has exactly chapter, name and seq", () => {
    expect(isMemberName("Aminata Diallo")).toBe(true);
    expect(isMemberName("é".repeat(200))).toBe(true);
    for (const bad of ["", " Ana", "Ana ", "Ana\tB", "Ana\u0085", "x".repeat(201)]) expect(isMemberName(bad), JSON.stringify(bad)).toBe(false);
    const chapter = "c".repeat(43);
    expect(parseMemberName({ chapter, name: "Ana", seq: 1 })).toEqual({ chapter, name: "Ana", seq: 1 });
    for (const bad of [{ chapter, name: "Ana" }, { chapter, name: "Ana", seq: 2 ** 31 + 1 }, { chapter, name: "Ana", seq: 1.5 }, { chapter, name: 7, seq: 1 }, ["Ana"], null]) {
      expect(parseMemberName(bad as never), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it("[M14] a member signs their name into each chapter they are a direct member of that lacks it; a new name takes the next seq", () => {
    const roster = rosterOf(vector.chapter, vector.members);
    const alice = vector.keys["alice"]!;
    const held: NameEntry[] = validNames(records, vector.chapter, roster);
    // alice's current name is "Alice Martin" at seq 2: nothing to sign under that name.
    expect(ownNamesToSign(roster, held, alice, "Alice Martin")).toEqual([]);
    // Restored elsewhere as "Alice M.": a new name, one above her highest seq.
    expect(ownNamesToSign(roster, held, alice, " Alice M. ")).toEqual([{ chapter: vector.chapter, document: "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", name: "Alice M.", seq: 3 }]);
    // dave has no valid name yet; mallory is no member, so signs nowhere; a name that can't be signed is skipped.
    expect(ownNamesToSign(roster, held, vector.keys["dave"]!, "Dave")).toMatchObject([{ name: "Dave", seq: 1 }]);
    expect(ownNamesToSign(roster, held, vector.keys["mallory"]!, "Mallory")).toEqual([]);
    expect(ownNamesToSign(roster, held, vector.keys["dave"]!, "Dave\u0000")).toEqual([]);
  });
});
