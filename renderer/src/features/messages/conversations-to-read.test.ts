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
    const read = conversationsToRead(all, known, 50);
    expect(read).toHaveLength(50);
    expect(scopes(read).slice(0, 3)).toEqual([all[7]!.scope, all[1_999]!.scope, all[1_998]!.scope]);
    expect(scopes(read).at(-1)).toBe(all[1_951]!.scope);
  });

  it("[issue 11] a conversation the index does not know (new to this device, or with no message yet) is always opened, since it may be the newest", () => {
    const known = new Map(all.slice(1).map(({ scope }, i) => [scope, i + 10] as const));
    const read = conversationsToRead(all, known, 50);
    expect(read).toHaveLength(51);
    expect(read[0]).toBe(all[0]);
  });

  it("[issue 11] an empty index opens every conversation once (a fresh device); a count of none opens only the unknown", () => {
    expect(conversationsToRead(all, new Map(), 50)).toHaveLength(2_000);
    expect(conversationsToRead(all.slice(0, 3), new Map([[all[0]!.scope, 5]]), 0)).toEqual([all[1], all[2]]);
  });
});
