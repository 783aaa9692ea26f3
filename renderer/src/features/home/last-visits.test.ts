import type { MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { LastVisits, type VisitStore } from "./last-visits.js";

const ALICE = "alice-key" as MemberKey;
const BOB = "bob-key" as MemberKey;

/** A store in memory, as the settings table would keep it. */
function memoryStore(initial: Record<string, unknown> = {}): VisitStore & { readonly kept: Record<string, unknown> } {
  const kept: Record<string, unknown> = { ...initial };
  return {
    kept,
    load: (member) => Promise.resolve(kept[member]),
    save: (member, at) => {
      kept[member] = at;
      return Promise.resolve();
    },
  };
}

describe("LastVisits", () => {
  it("[HOME2] a member's first showing ever has no last visit, and notes its own time for the next session", async () => {
    const store = memoryStore();
    await expect(new LastVisits(store, () => undefined).visit(ALICE, 1_000)).resolves.toBeUndefined();
    expect(store.kept[ALICE]).toBe(1_000);
  });

  it("[HOME2] 'since my last visit' is the time the home was last shown before this session, the same all session long", async () => {
    const store = memoryStore({ [ALICE]: 500 });
    const session = new LastVisits(store, () => undefined);
    await expect(session.visit(ALICE, 1_000)).resolves.toBe(500);
    await expect(session.visit(ALICE, 2_000)).resolves.toBe(500);
    expect(store.kept[ALICE]).toBe(2_000);
    // The next session (a new page) starts from the last showing of this one.
    await expect(new LastVisits(store, () => undefined).visit(ALICE, 3_000)).resolves.toBe(2_000);
  });

  it("[HOME2] each member on the device has their own last visit", async () => {
    const store = memoryStore({ [ALICE]: 500 });
    const session = new LastVisits(store, () => undefined);
    await expect(session.visit(BOB, 1_000)).resolves.toBeUndefined();
    await expect(session.visit(ALICE, 1_000)).resolves.toBe(500);
  });

  it("[HOME2] a stored value that is not a time counts as no visit and is replaced", async () => {
    for (const bad of ["yesterday", -1, 1.5, null, { at: 5 }]) {
      const store = memoryStore({ [ALICE]: bad });
      await expect(new LastVisits(store, () => undefined).visit(ALICE, 1_000)).resolves.toBeUndefined();
      expect(store.kept[ALICE]).toBe(1_000);
    }
  });

  it("[HOME2] a store that fails to load or save is reported, and the home still shows: no last visit, or this session's", async () => {
    const problems: unknown[] = [];
    const broken: VisitStore = { load: () => Promise.reject(new Error("disk gone")), save: () => Promise.reject(new Error("disk full")) };
    await expect(new LastVisits(broken, (error) => problems.push(error)).visit(ALICE, 1_000)).resolves.toBeUndefined();
    expect(problems.map((problem) => (problem as Error).message)).toEqual(["disk gone", "disk full"]);
  });
});
