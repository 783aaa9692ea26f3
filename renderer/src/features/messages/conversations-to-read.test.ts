import type { Conversation } from "@chapterhouse/crdt/conversations";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { conversationsToRead } from "./conversations-to-read.js";

const conversation = (n: number): Conversation => ({ scope: `scope-${String(n).padStart(4, "0")}` as RecordId, creator: "creator" as MemberKey, salt: `salt-${n}` });
const scopes = (list: readonly Conversation[]) => list.map(({ scope }) => scope);

describe("which conversations the list opens (issue 11)", () => {
  const all = Array.from({ length: 2_000 }, (_, i) => conversation(i));

  it("[issue 11] of 2,000 conversations the index knows, only the 50 newest are opened, newest first, equal times by id", () => {
    const known = new Map(all.map(({ scope }, i) => [scope, i === 7 ? 1_999 : i] as const));
    const read = conversationsToRead(all, known, 50, 50);
    expect(read).toHaveLength(50);
    expect(scopes(read).slice(0, 3)).toEqual([all[7]!.scope, all[1_999]!.scope, all[1_998]!.scope]);
    expect(scopes(read).at(-1)).toBe(all[1_951]!.scope);
  });

  it("[issue 11] a conversation the index does not know (new to this device) is opened, since it may be the newest; one known with no message yet (0) comes last", () => {
    const known = new Map(all.slice(1).map(({ scope }, i) => [scope, i === 0 ? 0 : i + 10] as const));
    const read = conversationsToRead(all, known, 50, 50);
    expect(read).toHaveLength(51);
    expect(read[0]).toBe(all[0]);
    expect(conversationsToRead(all, known, 1_999, 50).at(-1)).toBe(all[1]);
  });

  it("[issue 11] an empty index (a fresh device with 2,000 conversations) opens a slice of them, in the inbox's order, never all; a count of none opens only the unknown", () => {
    expect(conversationsToRead(all, new Map(), 50, 50)).toEqual(all.slice(0, 50));
    const checked = new Map(all.slice(0, 100).map(({ scope }, i) => [scope, i] as const));
    expect(scopes(conversationsToRead(all, checked, 50, 50))).toEqual([...scopes(all.slice(100, 150)), ...scopes(all.slice(50, 100)).reverse()]);
    expect(conversationsToRead(all.slice(0, 3), new Map([[all[0]!.scope, 5]]), 0, 50)).toEqual([all[1], all[2]]);
  });
});
