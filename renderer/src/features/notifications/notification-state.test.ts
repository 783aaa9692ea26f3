import type { DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { NotificationState, type DeviceStore } from "./notification-state.js";

const ALICE = "alice-key" as MemberKey;
const BOB = "bob-key" as MemberKey;
const ORG = "automerge:org" as DocumentUrl;

/** A store in memory, as the settings table would keep it. */
function memoryStore(initial: Record<string, unknown> = {}): DeviceStore & { readonly kept: Record<string, unknown> } {
  const kept: Record<string, unknown> = { ...initial };
  return {
    kept,
    load: (key) => Promise.resolve(kept[key]),
    save: (key, value) => {
      kept[key] = value;
      return Promise.resolve();
    },
  };
}

/** The member's state once loaded. */
async function loaded(state: NotificationState, member: MemberKey) {
  const observable = state.of(member);
  if (!observable.get().loaded) await new Promise<void>((resolve) => observable.subscribe(resolve));
  return observable.get();
}

describe("NotificationState", () => {
  it("[NOTE1] the first time this device sees an organisation is kept and never moves, in this session or the next", async () => {
    const store = memoryStore();
    await expect(new NotificationState(store, () => undefined).firstSeen(ALICE, ORG, 1_000)).resolves.toBe(1_000);
    const next = new NotificationState(store, () => undefined);
    await expect(next.firstSeen(ALICE, ORG, 5_000)).resolves.toBe(1_000);
    await expect(next.firstSeen(BOB, ORG, 5_000)).resolves.toBe(5_000);
  });

  it("[NOTE1] a stored first time that is not a time counts as none; a store that fails gives now, the failure reported", async () => {
    const damaged = memoryStore({ [`notificationsSince ${ALICE} ${ORG}`]: "yesterday" });
    await expect(new NotificationState(damaged, () => undefined).firstSeen(ALICE, ORG, 2_000)).resolves.toBe(2_000);
    const failures: unknown[] = [];
    const failing: DeviceStore = { load: () => Promise.reject(new Error("disk")), save: () => Promise.reject(new Error("disk")) };
    await expect(new NotificationState(failing, (error) => failures.push(error)).firstSeen(ALICE, ORG, 3_000)).resolves.toBe(3_000);
    expect(failures).toHaveLength(1);
  });

  it("[NOTE2] what a member read is kept on this device, per member, and survives a new session", async () => {
    const store = memoryStore();
    const state = new NotificationState(store, () => undefined);
    await state.markRead(ALICE, ["one", "two"]);
    expect([...state.of(ALICE).get().read]).toEqual(["one", "two"]);
    const next = new NotificationState(store, () => undefined);
    expect([...(await loaded(next, ALICE)).read]).toEqual(["one", "two"]);
    expect([...(await loaded(next, BOB)).read]).toEqual([]);
  });

  it("[NOTE3] settings are kept on this device; a damaged stored read list counts as nothing read", async () => {
    const store = memoryStore({ [`notificationsRead ${ALICE}`]: "all" });
    const state = new NotificationState(store, () => undefined);
    expect([...(await loaded(state, ALICE)).read]).toEqual([]);
    await state.setSettings(ALICE, { off: new Set(["proposal"]), system: true });
    const next = await loaded(new NotificationState(store, () => undefined), ALICE);
    expect([...next.settings.off]).toEqual(["proposal"]);
    expect(next.settings.system).toBe(true);
  });

  it("[NOTE2] a store that fails to save still shows the change now, and reports the failure", async () => {
    const failures: unknown[] = [];
    const store: DeviceStore = { load: () => Promise.resolve(undefined), save: () => Promise.reject(new Error("full")) };
    const state = new NotificationState(store, (error) => failures.push(error));
    await state.markRead(ALICE, ["one"]);
    expect(state.of(ALICE).get().read.has("one")).toBe(true);
    expect(failures).toHaveLength(1);
  });
});
