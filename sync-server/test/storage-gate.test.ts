import type { StorageAdapterInterface } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { StorageGate } from "../src/storage-gate.js";

/** An adapter whose saves wait until the test releases them. */
function heldAdapter() {
  const saves: string[] = [];
  const pending: (() => void)[] = [];
  const adapter: StorageAdapterInterface = {
    load: () => Promise.resolve(undefined),
    loadRange: () => Promise.resolve([]),
    remove: () => Promise.resolve(),
    removeRange: () => Promise.resolve(),
    save: (key) =>
      new Promise<void>((resolve) => {
        pending.push(() => {
          saves.push(key.join("/"));
          resolve();
        });
      }),
  };
  return { adapter, saves, release: () => pending.splice(0).forEach((f) => f()) };
}

describe("StorageGate", () => {
  it("[W5.5] closing waits for writes in flight, and no write reaches the store after it", async () => {
    const held = heldAdapter();
    const gate = new StorageGate(held.adapter, () => undefined);
    const inFlight = gate.save(["doc", "incremental", "a"], new Uint8Array([1]));
    let shut = false;
    const closing = gate.drainAndShut().then(() => (shut = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(shut).toBe(false);
    held.release();
    await inFlight;
    await closing;
    await gate.save(["doc", "incremental", "b"], new Uint8Array([2]));
    expect(held.saves).toEqual(["doc/incremental/a"]);
  });

  it("[W5.5] a failed write is reported and still rejects, so the Repo does not count it saved", async () => {
    const failures: string[] = [];
    const failing: StorageAdapterInterface = {
      load: () => Promise.resolve(undefined),
      loadRange: () => Promise.resolve([]),
      remove: () => Promise.resolve(),
      removeRange: () => Promise.resolve(),
      save: () => Promise.reject(new Error("ENOSPC")),
    };
    const gate = new StorageGate(failing, (operation, key) => failures.push(`${operation} ${key.join("/")}`));
    await expect(gate.save(["doc", "snapshot", "h"], new Uint8Array([1]))).rejects.toThrow("ENOSPC");
    expect(failures).toEqual(["save doc/snapshot/h"]);
  });

  it("[W5.6] settled(document) waits for that document's writes in flight at the call, not later ones nor other documents", async () => {
    const finish = new Map<string, () => void>();
    const store: StorageAdapterInterface = {
      load: () => Promise.resolve(undefined),
      loadRange: () => Promise.resolve([]),
      remove: () => Promise.resolve(),
      removeRange: () => Promise.resolve(),
      save: (key) => new Promise<void>((resolve) => finish.set(key.join("/"), resolve)),
    };
    const gate = new StorageGate(store, () => undefined);
    void gate.save(["docA", "incremental", "1"], new Uint8Array([1]));
    void gate.save(["docB", "incremental", "1"], new Uint8Array([1]));
    let settled = false;
    const waiting = gate.settled("docA").then(() => (settled = true));
    await expect(gate.settled("docC")).resolves.toBeUndefined();
    void gate.save(["docA", "incremental", "2"], new Uint8Array([2])); // after the call: not waited for
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    finish.get("docA/incremental/1")!();
    await waiting; // docB/1 and docA/2 are still in flight
  });

  it("[W3.8] a whole-document removal never reaches the store: the relay never deletes a document", async () => {
    const removed: string[] = [];
    const store: StorageAdapterInterface = {
      load: () => Promise.resolve(undefined),
      loadRange: () => Promise.resolve([]),
      remove: (key) => Promise.resolve(void removed.push(key.join("/"))),
      removeRange: (prefix) => Promise.resolve(void removed.push(`${prefix.join("/")}/*`)),
      save: () => Promise.resolve(),
    };
    const gate = new StorageGate(store, () => undefined);
    await gate.removeRange(["doc", "snapshot"]);
    await gate.remove(["doc", "incremental", "old"]);
    expect(removed).toEqual(["doc/incremental/old"]);
  });

  it("[W1.8] tells of every write to a document when it starts and again when it settles", async () => {
    const held = heldAdapter();
    const writes: string[] = [];
    const gate = new StorageGate(held.adapter, () => undefined, (firstPart) => writes.push(firstPart));
    const saved = gate.save(["doc", "incremental", "a"], new Uint8Array([1]));
    expect(writes).toEqual(["doc"]);
    held.release();
    await saved;
    expect(writes).toEqual(["doc", "doc"]);
    await gate.remove(["other", "snapshot", "b"]);
    expect(writes).toEqual(["doc", "doc", "other", "other"]);
    await gate.load(["doc", "incremental", "a"]);
    await gate.removeRange(["doc"]);
    expect(writes).toHaveLength(4); // reads and refused removals change nothing
  });
});
