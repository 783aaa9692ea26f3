import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { DurabilityBarrier } from "../src/durability-barrier.js";

const documentId = parseAutomergeUrl(generateAutomergeUrl()).documentId;

/** Saves the test finishes by hand, recording when each started. */
function manualSaves() {
  const started: number[] = [];
  const finish: ((ok: boolean) => void)[] = [];
  let clock = 0;
  const save = () => {
    started.push(clock);
    return new Promise<void>((resolve, reject) => finish.push((ok) => (ok ? resolve() : reject(new Error("ENOSPC")))));
  };
  return { save, started, finish, tick: () => (clock += 1) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("DurabilityBarrier", () => {
  it("[W5.6] a call waits for a save that starts after it; calls during a save share the next one", async () => {
    const saves = manualSaves();
    const barrier = new DurabilityBarrier(saves.save);
    const done: string[] = [];
    void barrier.whenDurable(documentId).then(() => done.push("a"));
    saves.tick();
    void barrier.whenDurable(documentId).then(() => done.push("b"));
    void barrier.whenDurable(documentId).then(() => done.push("c"));
    expect(saves.started).toEqual([0]); // b and c wait: the save running began before them
    saves.finish[0]!(true);
    await settle();
    expect(done).toEqual(["a"]);
    expect(saves.started).toEqual([0, 1]); // one save for both
    saves.finish[1]!(true);
    await settle();
    expect(done).toEqual(["a", "b", "c"]);
    void barrier.whenDurable(documentId).then(() => done.push("d"));
    expect(saves.started).toEqual([0, 1, 1]); // idle again: starts at once
  });

  it("[W5.6] a failed save lets the waiting message go, never rejects", async () => {
    const saves = manualSaves();
    const barrier = new DurabilityBarrier(saves.save);
    const waiting = barrier.whenDurable(documentId);
    saves.finish[0]!(false);
    await expect(waiting).resolves.toBeUndefined();
  });
});
