import { createVerifier, rosterToCanonical } from "@chapterhouse/crdt";
import { describe, expect, it } from "vitest";
import type { OrganisationRead } from "../../features/organisation/read-organisation.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createInlineOrganisationReader } from "./inline-organisation-reader.js";
import type { OrganisationReader } from "./organisation-reader.js";
import { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { readWithCache } from "../../features/organisation/read-with-cache.js";
import { geneses, organisationOf } from "../../features/organisation/test-helpers/organisation-snapshots.js";
import { isFromWorker, isToWorker, type FromWorker, type ToWorker } from "./worker-messages.js";
import { createWorkerOrganisationReader, type WorkerPort } from "./worker-organisation-reader.js";

type Answer = (message: ToWorker) => Promise<unknown> | undefined;

/**
 * A worker in this thread: every message crosses by `structuredClone`, as `postMessage` does,
 * and is checked by the guard at its edge; `answer` plays the worker's side.
 */
function fakeWorker(answer: Answer) {
  const listeners = { message: [] as ((event: MessageEvent<unknown>) => void)[], error: [] as ((event: Event) => void)[] };
  let terminated = false;
  const deliver = (reply: unknown) => {
    const data: unknown = structuredClone(reply);
    for (const listener of listeners.message) listener(new MessageEvent("message", { data }));
  };
  // Like the real worker: "listening" once loaded, before which it must be sent nothing.
  let loaded = false;
  queueMicrotask(() => {
    loaded = true;
    deliver({ type: "listening" });
  });
  const port: WorkerPort & { fail(): void; readonly terminated: boolean } = {
    postMessage(message) {
      if (!loaded) throw new Error("the page posted to the worker before it was listening");
      const received: unknown = structuredClone(message);
      if (!isToWorker(received)) throw new Error("the page sent a message the worker's guard refuses");
      void answer(received)?.then(deliver);
    },
    addEventListener(type: "message" | "error", listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
    terminate() {
      terminated = true;
    },
    fail() {
      for (const listener of listeners.error) listener(new Event("error", { cancelable: true }));
    },
    get terminated() {
      return terminated;
    },
  };
  return port;
}

/** The worker's side, as organisation-worker.ts does it. */
async function workerSide(): Promise<Answer> {
  const verifier = await createVerifier();
  const cache = new PersistentVerifiedIds(createMemoryVerifiedIdStore());
  return (message) => {
    if (message.type === "configure") return Promise.resolve({ type: "ready", backend: verifier.backend } satisfies FromWorker);
    if (message.type !== "read-organisation") return Promise.reject(new Error(`this fake worker does not answer ${message.type}`));
    return readWithCache(message.input, verifier, cache, () => undefined).then(
      (result): FromWorker => ({ type: "organisation-read", id: message.id, result }),
    );
  };
}

function inlineReader(): OrganisationReader {
  return createInlineOrganisationReader(createVerifier(), new PersistentVerifiedIds(createMemoryVerifiedIdStore()), () => undefined);
}

const noFallback = () => {
  throw new Error("no fallback expected");
};

function summary(read: OrganisationRead) {
  return {
    roster: rosterToCanonical(read.fold.roster),
    accepted: read.fold.accepted.map((r) => r.text),
    documents: [...read.documents].map(([url, d]) => [url, d.records.map((r) => r.id), d.rejections]),
  };
}

describe("reading organisations in the verification worker", () => {
  it("[D5] snapshots cross to the worker and results come back whole, equal to a read in the page", async () => {
    const input = organisationOf(await geneses(3));
    const warnings: string[] = [];
    const reader = createWorkerOrganisationReader(fakeWorker(await workerSide()), {
      storageNamespace: "test",
      fallback: noFallback,
      onWarning: (w) => warnings.push(w),
    });
    const [inWorker, inPage] = await Promise.all([reader.read(input), inlineReader().read(input)]);
    expect(inWorker.fold.roster.chapters.size).toBe(3);
    expect(summary(inWorker)).toEqual(summary(inPage));
    expect(await reader.backend).toMatch(/^(webcrypto|tweetnacl)$/);
    expect(reader.runsIn).toBe("worker");
    expect(warnings).toEqual([]);
  });

  it("matches answers to reads by id, whatever order they come back in", async () => {
    const [a, b] = [organisationOf(await geneses(1)), organisationOf(await geneses(2))];
    const side = await workerSide();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first read is answered only after the second.
    const reader = createWorkerOrganisationReader(
      fakeWorker((m) => (m.type === "read-organisation" && m.id === 0 ? held.then(() => side(m)) : side(m)?.finally(release))),
      { storageNamespace: "test", fallback: noFallback, onWarning: () => undefined },
    );
    const [readA, readB] = await Promise.all([reader.read(a), reader.read(b)]);
    expect([readA.fold.roster.chapters.size, readB.fold.roster.chapters.size]).toEqual([1, 2]);
  });

  it("drops a malformed answer with a warning and rejects the read it names, never half-using it", async () => {
    const warnings: string[] = [];
    const reader = createWorkerOrganisationReader(
      fakeWorker((m) =>
        m.type === "read-organisation" ? Promise.resolve({ type: "organisation-read", id: m.id, result: { fold: "nonsense" } }) : undefined,
      ),
      { storageNamespace: "test", fallback: noFallback, onWarning: (w) => warnings.push(w) },
    );
    await expect(reader.read(organisationOf(await geneses(1)))).rejects.toThrow(/malformed/);
    expect(warnings).toEqual(["dropped a malformed message from the verification worker"]);
  });

  it("a worker that fails to start hands every read, pending ones included, to the page", async () => {
    const worker = fakeWorker(() => undefined); // never answers
    const warnings: string[] = [];
    const reader = createWorkerOrganisationReader(worker, { storageNamespace: "test", fallback: inlineReader, onWarning: (w) => warnings.push(w) });
    const pending = reader.read(organisationOf(await geneses(2)));
    worker.fail();
    expect((await pending).fold.roster.chapters.size).toBe(2);
    expect((await reader.read(organisationOf(await geneses(1)))).fold.roster.chapters.size).toBe(1);
    expect(reader.runsIn).toBe("page");
    expect(worker.terminated).toBe(true);
    expect(await reader.backend).toMatch(/^(webcrypto|tweetnacl)$/);
    expect(warnings).toEqual(["verification runs in the page: the worker failed to start"]);
  });
});

describe("the worker message guards", () => {
  it("[D5] refuse a snapshot whose record values are not plain strings (an ImmutableString after cloning is { val })", async () => {
    const input = organisationOf(await geneses(1));
    expect(isToWorker({ type: "read-organisation", id: 1, input })).toBe(true);
    const candidate = input.organisation.snapshot.maps[0]!.candidates[0]!;
    const wrapped = {
      ...input,
      organisation: { ...input.organisation, snapshot: { type: "organisation", maps: [{ map: "chapters", candidates: [{ key: candidate.key, text: { val: "…" } }] }] } },
    };
    expect(isToWorker({ type: "read-organisation", id: 1, input: wrapped })).toBe(false);
  });

  it("refuse unknown types, bad ids and missing fields in either direction", () => {
    for (const bad of [null, [], "read", { type: "read-organisation", id: -1, input: {} }, { type: "configure", storageNamespace: "" }, { type: "other" }]) {
      expect(isToWorker(bad)).toBe(false);
    }
    for (const bad of [{ type: "ready" }, { type: "failed", id: 1.5, message: "x" }, { type: "organisation-read", id: 1, result: { fold: {}, documents: new Map() } }]) {
      expect(isFromWorker(bad)).toBe(false);
    }
    expect(isFromWorker({ type: "failed", id: 3, message: "backend failed" })).toBe(true);
  });
});
