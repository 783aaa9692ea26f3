import type { OrganisationRead } from "../../features/organisation/read-organisation.js";
import type { VoteReading } from "../../features/votes/vote-reading.js";
import type { ProposalsReadResult } from "../../features/proposals/read-proposals.js";
import type { BundleCheck } from "../../features/votes/bundle-check/check-bundle.js";
import type { OrganisationReader } from "./organisation-reader.js";
import { isFromWorker, requestIdOf, type FromWorker, type ToWorker } from "./worker-messages.js";

/** What this reader uses of a `Worker` (tests pass a fake). */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

/** Options of the worker-backed reader. */
export interface WorkerReaderOptions {
  /** The local database namespace (`Platform.storageNamespace`) holding the verified-id cache. */
  readonly storageNamespace: string;
  /**
   * The reader to use if the worker fails (its script cannot load, e.g. a page policy forbids
   * workers, or it crashed): made on first need, then used for every read, pending ones included.
   */
  readonly fallback: () => OrganisationReader;
  /** Told of messages dropped by the guard and of the switch to the fallback. */
  readonly onWarning: (text: string) => void;
}

/** A request awaiting its answer: what it expects back, and how to run it on the fallback. */
interface Pending {
  /** The answer's `type` this request waits for ("organisation-read", "vote-read"…). */
  readonly answer: FromWorker["type"];
  /** Runs the same request on the fallback reader. */
  readonly retry: (reader: OrganisationReader) => Promise<unknown>;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Reads organisations in a dedicated worker (`organisation-worker.ts`), one request id per read,
 * results matched by id. Messages from the worker pass `isFromWorker` or are dropped (a read
 * whose answer is malformed is rejected, not left waiting).
 */
export function createWorkerOrganisationReader(worker: WorkerPort, options: WorkerReaderOptions): OrganisationReader {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let fallback: OrganisationReader | undefined;
  let closed = false;
  // Nothing is posted before the worker says it is listening (see FromWorker "listening").
  let listening = false;
  const outbox: ToWorker[] = [{ type: "configure", storageNamespace: options.storageNamespace }];
  const send = (message: ToWorker): void => {
    if (listening) worker.postMessage(message);
    else outbox.push(message);
  };
  let settleBackend: (backend: string) => void = () => undefined;
  const backend = new Promise<string>((resolve) => (settleBackend = resolve));

  const fallBack = (why: string): OrganisationReader => {
    if (fallback !== undefined) return fallback;
    options.onWarning(`verification runs in the page: ${why}`);
    worker.terminate();
    const reader = options.fallback();
    fallback = reader;
    void reader.backend.then(settleBackend);
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.retry(reader).then(p.resolve, p.reject);
    return reader;
  };

  worker.addEventListener("message", (event) => {
    const message = event.data;
    if (!isFromWorker(message)) {
      options.onWarning("dropped a malformed message from the verification worker");
      const id = requestIdOf(message);
      const p = id === undefined ? undefined : pending.get(id);
      if (id !== undefined && p !== undefined) {
        pending.delete(id);
        p.reject(new Error("the verification worker answered a malformed result"));
      }
      return;
    }
    if (message.type === "listening") {
      listening = true;
      for (const queued of outbox.splice(0)) worker.postMessage(queued);
      return;
    }
    if (message.type === "ready") {
      settleBackend(message.backend);
      return;
    }
    const p = pending.get(message.id);
    if (p === undefined) return; // answered after close or after the fallback took it
    pending.delete(message.id);
    if (message.type === "failed") p.reject(new Error(message.message));
    else if (message.type === p.answer && "result" in message) p.resolve(message.result);
    else p.reject(new Error(`the verification worker answered ${message.type} to a request for ${p.answer}`));
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    // A script that cannot load gives a plain Event; an exception thrown in the worker, an ErrorEvent.
    const message = (event as Partial<ErrorEvent>).message;
    const detail = typeof message === "string" && message !== "" ? message : "the worker failed to start";
    if (!closed) fallBack(detail);
  });

  /** Sends one request (or runs it on the fallback) and resolves with the worker's answer of type `answer`. */
  function request<T>(answer: FromWorker["type"], retry: (reader: OrganisationReader) => Promise<T>, message: (id: number) => ToWorker): Promise<T> {
    if (closed) return Promise.reject(new Error("the organisation reader is closed"));
    if (fallback !== undefined) return retry(fallback);
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { answer, retry, resolve: resolve as (result: unknown) => void, reject });
      send(message(id));
    });
  }

  return {
    get runsIn() {
      return fallback === undefined ? "worker" : "page";
    },
    backend,
    read(input) {
      return request<OrganisationRead>("organisation-read", (reader) => reader.read(input), (id) => ({ type: "read-organisation", id, input }));
    },
    readVote(input) {
      return request<VoteReading>("vote-read", (reader) => reader.readVote(input), (id) => ({ type: "read-vote", id, input }));
    },
    readProposals(input) {
      return request<ProposalsReadResult>("proposals-read", (reader) => reader.readProposals(input), (id) => ({ type: "read-proposals", id, input }));
    },
    checkBundle(text) {
      return request<BundleCheck>("bundle-checked", (reader) => reader.checkBundle(text), (id) => ({ type: "check-bundle", id, text }));
    },
    close() {
      closed = true;
      worker.terminate();
      fallback?.close();
      for (const p of pending.values()) p.reject(new Error("the organisation reader is closed"));
      pending.clear();
    },
  };
}
