import { createVerifier, simulateVote, voteReportToCanonical, type SimulatedVote } from "@chapterhouse/crdt";
import { beforeAll, describe, expect, it } from "vitest";
import { readVote } from "../../features/votes/read-vote.js";
import type { VoteReadInput } from "../../features/votes/vote-reading.js";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { createInlineOrganisationReader } from "./inline-organisation-reader.js";
import { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { isToWorker, type FromWorker, type ToWorker } from "./worker-messages.js";
import { createWorkerOrganisationReader, type WorkerPort } from "./worker-organisation-reader.js";

/** A worker in this thread: messages cross by `structuredClone` and through the guard at its edge. */
function fakeWorker(answer: (message: ToWorker) => Promise<FromWorker> | undefined) {
  const listeners = { message: [] as ((event: MessageEvent<unknown>) => void)[], error: [] as ((event: Event) => void)[] };
  const deliver = (reply: unknown) => {
    const data: unknown = structuredClone(reply);
    for (const listener of listeners.message) listener(new MessageEvent("message", { data }));
  };
  queueMicrotask(() => deliver({ type: "listening" }));
  const port: WorkerPort & { fail(): void } = {
    postMessage(message) {
      const received: unknown = structuredClone(message);
      if (!isToWorker(received)) throw new Error("the page sent a message the worker's guard refuses");
      void answer(received)?.then(deliver);
    },
    addEventListener(type: "message" | "error", listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
    terminate() {},
    fail() {
      for (const listener of listeners.error) listener(new Event("error", { cancelable: true }));
    },
  };
  return port;
}

const inline = () => createInlineOrganisationReader(createVerifier(), new PersistentVerifiedIds(createMemoryVerifiedIdStore()), () => undefined);
const noFallback = () => {
  throw new Error("no fallback expected");
};

let vote: SimulatedVote;
let input: VoteReadInput;
beforeAll(async () => {
  vote = await simulateVote({ voters: 6, rule: "approval", chapters: 2, seed: "worker" }, globalThis.crypto.subtle);
  input = { proposal: vote.bundle.vote.proposal, open: null, member: null, documents: vote.bundle.documents };
});

describe("vote reads in the verification worker", () => {
  it("[D5] a vote's documents cross to the worker as plain strings, and its reading comes back whole, equal to a read in the page", async () => {
    const verifier = await createVerifier();
    const worker = fakeWorker((m) => {
      if (m.type === "configure") return Promise.resolve({ type: "ready", backend: verifier.backend });
      if (m.type === "read-vote") return readVote(m.input, verifier).then((result): FromWorker => ({ type: "vote-read", id: m.id, result }));
      return undefined;
    });
    const reader = createWorkerOrganisationReader(worker, { storageNamespace: "test", fallback: noFallback, onWarning: () => undefined });
    const [inWorker, inPage] = await Promise.all([reader.readVote(input), inline().readVote(input)]);
    expect(inWorker.report!.verified).toBe(true);
    expect(voteReportToCanonical(inWorker.report!)).toBe(voteReportToCanonical(inPage.report!));
    expect(inWorker.ballots).toEqual(inPage.ballots);
  });

  it("a vote read the worker could not do rejects with the worker's message", async () => {
    const worker = fakeWorker((m) =>
      m.type === "read-vote" ? Promise.resolve({ type: "failed", id: m.id, message: "the verifier failed" }) : undefined,
    );
    const reader = createWorkerOrganisationReader(worker, { storageNamespace: "test", fallback: noFallback, onWarning: () => undefined });
    await expect(reader.readVote(input)).rejects.toThrow("the verifier failed");
  });

  it("a worker that fails to start hands a pending vote read to the page", async () => {
    const worker = fakeWorker(() => undefined); // never answers
    const warnings: string[] = [];
    const reader = createWorkerOrganisationReader(worker, { storageNamespace: "test", fallback: inline, onWarning: (w) => warnings.push(w) });
    const pending = reader.readVote(input);
    worker.fail();
    expect((await pending).report!.verified).toBe(true);
    expect(reader.runsIn).toBe("page");
    expect(warnings).toEqual(["verification runs in the page: the worker failed to start"]);
  });
});
