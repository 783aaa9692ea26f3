/**
 * The page's side of the verification worker: every handler of the map (src/app/worker/handlers.ts)
 * as a typed function, called through comlink in a dedicated worker, or in the page itself — the
 * same handler object, bound to a context of its own — where no worker starts (no `Worker`, a
 * script that cannot load, a worker that failed). Nothing is sent before the worker says it is
 * listening (`WORKER_READY`: a module worker may drop what arrives while its imports, Automerge's
 * wasm, still load); calls made meanwhile wait, and go to the page if the worker fails first.
 */
import { wrap, type Endpoint } from "comlink";

/** What the worker posts once its handlers listen. */
export const WORKER_READY = "chapterhouse-worker-ready";

/** What this client uses of a `Worker` (tests pass a `MessagePort`-backed fake). */
export interface WorkerPort extends Endpoint {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

/** A call was sent to a worker that failed before answering; what it held (its document copies) is gone. */
export class WorkerLost extends Error {
  constructor(name: string) {
    super(`the verification worker stopped before answering ${name}`);
    this.name = "WorkerLost";
  }
}

/** The handlers as the page calls them, and where they run. */
export interface WorkerClient<B> {
  /** Every handler, typed as declared. */
  readonly handlers: B;
  /** "worker", or "page" once the fallback took over. */
  readonly runsIn: "worker" | "page";
  /** Calls `listener` when the worker fails and the page takes over (its copies must be sent again); returns the unsubscribe. */
  onLost(listener: () => void): () => void;
  /** Stops the worker; calls not answered yet reject. */
  close(): void;
}

/** How the client is made. */
export interface WorkerClientOptions<B> {
  /** The handlers' names (the keys of the map). */
  readonly names: readonly string[];
  /** The worker, or undefined where none can start. */
  readonly worker: WorkerPort | undefined;
  /** The same handlers bound in the page: made on first need. */
  readonly inline: () => B;
  /** Told why the page took over. */
  readonly onWarning: (text: string) => void;
}

interface Waiting {
  readonly name: string;
  readonly input: unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Call = (input: unknown) => Promise<unknown>;

/** The client of the handler map. Never throws. */
export function createWorkerClient<B>(options: WorkerClientOptions<B>): WorkerClient<B> {
  const { worker } = options;
  const remote = worker === undefined ? undefined : (wrap<Record<string, Call>>(worker) as unknown as Record<string, Call>);
  let inline: Record<string, Call> | undefined;
  let ready = false;
  let closed = false;
  const queued: Waiting[] = [];
  const sent = new Set<Waiting>();
  const lost = new Set<() => void>();

  const page = (): Record<string, Call> => (inline ??= options.inline() as unknown as Record<string, Call>);
  const send = (call: Waiting): void => {
    sent.add(call);
    remote![call.name]!(call.input).then(call.resolve, call.reject).finally(() => sent.delete(call));
  };
  const fallBack = (why: string): void => {
    if (inline !== undefined || closed) return;
    options.onWarning(`verification runs in the page: ${why}`);
    worker?.terminate();
    const handlers = page();
    for (const call of queued.splice(0)) handlers[call.name]!(call.input).then(call.resolve, call.reject);
    for (const call of [...sent]) call.reject(new WorkerLost(call.name));
    sent.clear();
    for (const listener of [...lost]) listener();
  };

  if (worker !== undefined) {
    worker.addEventListener("message", (event) => {
      if (event.data !== WORKER_READY || ready) return;
      ready = true;
      for (const call of queued.splice(0)) send(call);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      // A script that cannot load gives a plain Event; an exception thrown in the worker, an ErrorEvent.
      const message = (event as Partial<ErrorEvent>).message;
      fallBack(typeof message === "string" && message !== "" ? message : "the worker failed to start");
    });
  }

  const call = (name: string, input: unknown): Promise<unknown> => {
    if (closed) return Promise.reject(new Error("the verification worker is closed"));
    if (remote === undefined || inline !== undefined) return page()[name]!(input);
    return new Promise((resolve, reject) => {
      const waiting = { name, input, resolve, reject };
      if (ready) send(waiting);
      else queued.push(waiting);
    });
  };
  const handlers = Object.fromEntries(options.names.map((name) => [name, (input: unknown) => call(name, input)])) as B;
  return {
    handlers,
    get runsIn() {
      return remote === undefined || inline !== undefined ? "page" : "worker";
    },
    onLost(listener) {
      lost.add(listener);
      return () => lost.delete(listener);
    },
    close() {
      closed = true;
      worker?.terminate();
      for (const waiting of [...queued.splice(0), ...sent]) waiting.reject(new Error("the verification worker is closed"));
      sent.clear();
    },
  };
}
