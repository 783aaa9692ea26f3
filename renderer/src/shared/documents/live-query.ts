/**
 * A live read over documents: what one feature's screen or action reads (an organisation as the
 * fold sees it, a proposal, a vote), kept up to date as the documents it rests on change.
 * - debounced: changes within `debounceMs` cause one read;
 * - single-flight: a read never overlaps the previous one, and changes during a read cause exactly
 *   one more;
 * - observable (`get`/`subscribe`, what React's `useSyncExternalStore` takes), with `until` and
 *   `refresh` for actions and tests;
 * - shared: the document layer hands out one per key, and disposes of it (its documents let go)
 *   a moment after the last subscriber left.
 * The spec's `read` names the documents it rests on through its context as it goes, so what it
 * follows may depend on what it found (the ballot boxes an open names).
 */
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import type { Observable } from "../data/observable-value.js";
import type { DocumentRequest, DocumentState } from "./followed-document.js";

/** What a query shows. Replaced whole on every change. */
export interface QueryState<T> {
  /** "loading" until the first read; "unavailable" when a document it needs is not on this device and no peer has it. */
  readonly status: "loading" | "ready" | "unavailable" | "error";
  /** The last value read (kept while a new read runs or fails). */
  readonly value: T | undefined;
  /** The last read's failure (a verifier or storage fault, never document content). */
  readonly error: string | undefined;
  /** Increases with every read that changed the state. */
  readonly revision: number;
}

/** Where one requested document stands. */
export interface DocumentStanding {
  readonly url: DocumentUrl;
  readonly state: DocumentState;
}

/** What a read is given. */
export interface QueryContext {
  /**
   * Follows `requests` for as long as the query lives (each announced under its scope before it is
   * asked for), copies the ready ones to the worker, and says where each stands, in order.
   * @throws {Pending} with `wait` when any is still loading (after copying those ready, which the
   *   device keeps after the read): the read ends, and runs again once it is not.
   */
  documents(requests: readonly DocumentRequest[], options?: { readonly wait?: boolean }): Promise<DocumentStanding[]>;
  /** The state of another live query this read rests on (kept alive meanwhile): its changes read this one again. */
  depend<U>(query: LiveQuery<U>): QueryState<U>;
}

/** How `until` counts its time. */
export interface UntilOptions {
  /**
   * Count `timeoutMs` only while the query makes no progress: the count restarts whenever
   * something it rests on changes (a document arriving or growing) or a read ends, and stands
   * still while a read runs. A slow device receiving a large organisation keeps waiting while
   * its documents keep arriving and being read, and is told only once nothing moves.
   */
  readonly whileProgressing?: boolean;
}

/** What a query reads. */
export interface QuerySpec<T> {
  /** Its identity: screens asking for the same key share one query (the first caller's spec is used). */
  readonly key: string;
  /**
   * Reads the value (through the worker's handlers, given the documents the context follows).
   * @throws {DocumentUnavailable} when a document it cannot do without is unavailable.
   */
  read(context: QueryContext): Promise<T>;
}

/** A read that waits for documents still loading. */
export class Pending extends Error {
  constructor(url: string) {
    super(`${url} is still loading`);
    this.name = "Pending";
  }
}

/** A document a read cannot do without is not on this device, and no peer has it. */
export class DocumentUnavailable extends Error {
  constructor(url: string) {
    super(`${url} is not on this device and no relay has sent it`);
    this.name = "DocumentUnavailable";
  }
}

/** What a query needs from the document layer. */
export interface QueryHost {
  /** Follows a document for the query, calling `onChange` on each of its changes; returns the release. */
  follow(request: DocumentRequest, onChange: () => void): () => void;
  /** Where a followed document stands. */
  state(url: DocumentUrl): DocumentState;
  /** Waits until the worker's copies of these documents are at their current heads. */
  mirror(urls: readonly DocumentUrl[]): Promise<void>;
  /** Told after every read, with the documents it rested on (what the device keeps of them, D8, D9). */
  afterRead(urls: readonly DocumentUrl[]): void;
  /** Told when the worker lost its copies (they are sent whole again). */
  isWorkerLost(error: unknown): boolean;
  /** Told when the query is disposed of. */
  disposed(key: string): void;
  readonly onError: (error: unknown) => void;
  readonly debounceMs: number;
  /** How long a query without subscribers lives on (a screen coming back finds it warm). */
  readonly lingerMs: number;
}

const INITIAL = { status: "loading", value: undefined, error: undefined, revision: 0 } as const;

/** A live query. Made by the document layer (`DocumentLayer.query`). */
export class LiveQuery<T> implements Observable<QueryState<T>> {
  readonly key: string;
  readonly #spec: QuerySpec<T>;
  readonly #host: QueryHost;
  #state: QueryState<T> = INITIAL;
  readonly #listeners = new Set<() => void>();
  /** Followed documents and their release. */
  readonly #followed = new Map<DocumentUrl, () => void>();
  /** Queries this one rests on, and the unsubscribe. */
  readonly #depends = new Map<LiveQuery<unknown>, () => void>();
  #holders = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #linger: ReturnType<typeof setTimeout> | undefined;
  #reading: Promise<void> | undefined;
  #dirty = false;
  /** Whether a read was ever scheduled (the first is not debounced). */
  #scheduled = false;
  #disposed = false;
  /** Told whenever the query makes progress (see `UntilOptions`). */
  readonly #progress = new Set<() => void>();

  constructor(spec: QuerySpec<T>, host: QueryHost) {
    this.key = spec.key;
    this.#spec = spec;
    this.#host = host;
  }

  /** The current state (the same object until it changes). */
  readonly get = (): QueryState<T> => this.#state;

  /** Calls `listener` after every change, and keeps the query alive meanwhile; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    const release = this.retain();
    return () => {
      this.#listeners.delete(listener);
      release();
    };
  };

  /** Keeps the query alive (and reading) until the returned function is called. */
  retain(): () => void {
    this.#holders++;
    if (this.#linger !== undefined) clearTimeout(this.#linger);
    this.#linger = undefined;
    if (this.#state === INITIAL && this.#reading === undefined && this.#timer === undefined) this.invalidate();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#holders > 0) return;
      this.#linger = setTimeout(() => this.#dispose(), this.#host.lingerMs);
    };
  }

  /**
   * Starts the first read now, for a screen about to show the query (while it renders, before it
   * subscribes): the query lives on for the host's `lingerMs` for that screen to subscribe, so
   * the worker reads while the page renders the screen, not after (issue 10).
   */
  prefetch(): void {
    this.retain()();
  }

  /**
   * Reads again soon (something it depends on outside documents changed). The first read starts
   * in the next task: there are no changes to gather yet, and a screen opened after a reload
   * waited the debounce before asking the worker for anything (issue 10).
   */
  invalidate(): void {
    if (this.#disposed) return;
    this.#progressed();
    this.#dirty = true;
    if (this.#timer !== undefined || this.#reading !== undefined) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        void this.#run();
      },
      this.#scheduled ? this.#host.debounceMs : 0,
    );
    this.#scheduled = true;
  }

  /** Reads now, after any read in progress; resolves with the new state. */
  async refresh(): Promise<QueryState<T>> {
    const release = this.retain();
    try {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#dirty = true;
      while (this.#reading !== undefined) await this.#reading;
      if (this.#dirty) await this.#run();
      return this.#state;
    } finally {
      release();
    }
  }

  /**
   * Resolves with the first state satisfying `predicate` (now or after a change); rejects with an
   * Error saying `what` after `timeoutMs` (with `whileProgressing`, `timeoutMs` without progress).
   */
  until(predicate: (state: QueryState<T>) => boolean, what: string, timeoutMs: number, options: UntilOptions = {}): Promise<QueryState<T>> {
    const whileProgressing = options.whileProgressing === true;
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const expire = (): void => {
        // A read running is progress: its end starts the count again.
        if (whileProgressing && this.#reading !== undefined) return;
        done();
        reject(new Error(what));
      };
      const start = (): void => {
        clearTimeout(timer);
        timer = setTimeout(expire, timeoutMs);
      };
      const check = (): void => {
        if (!predicate(this.#state)) return;
        done();
        resolve(this.#state);
      };
      const unsubscribe = this.subscribe(check);
      if (whileProgressing) this.#progress.add(start);
      const progress = this.#progress;
      function done(): void {
        clearTimeout(timer);
        unsubscribe();
        progress.delete(start);
      }
      start();
      check();
    });
  }

  #progressed(): void {
    for (const listener of [...this.#progress]) listener();
  }

  async #run(): Promise<void> {
    if (this.#reading !== undefined || this.#disposed) return;
    this.#dirty = false;
    this.#reading = this.#read().finally(() => (this.#reading = undefined));
    await this.#reading;
    if (this.#dirty && !this.#disposed) this.invalidate();
  }

  async #read(): Promise<void> {
    const requested = new Set<DocumentUrl>();
    const context: QueryContext = {
      documents: async (requests, options = {}) => {
        for (const request of requests) {
          requested.add(request.url);
          if (!this.#followed.has(request.url)) this.#followed.set(request.url, this.#host.follow(request, () => this.invalidate()));
        }
        const standing = requests.map(({ url }) => ({ url, state: this.#host.state(url) }));
        const loading = standing.find((entry) => entry.state === "loading");
        // Those that arrived cross to the worker (and are kept, after the read) even while others
        // are still loading: the worker loads and verifies each as it comes instead of all of them
        // once the last is in (a 10,000-ballot vote's forty boxes, issue 10).
        await this.#host.mirror(standing.filter((entry) => entry.state === "ready").map((entry) => entry.url));
        if (options.wait === true && loading !== undefined) throw new Pending(loading.url);
        return standing;
      },
      depend: <U>(query: LiveQuery<U>): QueryState<U> => {
        const other = query as LiveQuery<unknown>;
        if (!this.#depends.has(other)) this.#depends.set(other, query.subscribe(() => this.invalidate()));
        return query.get();
      },
    };
    try {
      const value = await this.#spec.read(context);
      if (this.#disposed) return;
      // What this read no longer named is let go (dependencies may shrink: another vote shown).
      for (const [url, release] of this.#followed) {
        if (requested.has(url)) continue;
        release();
        this.#followed.delete(url);
      }
      this.#set({ status: "ready", value, error: undefined, revision: this.#state.revision + 1 });
    } catch (error) {
      if (this.#disposed || error instanceof Pending) return;
      if (error instanceof DocumentUnavailable) {
        this.#set({ ...this.#state, status: "unavailable", revision: this.#state.revision + 1 });
      } else if (this.#host.isWorkerLost(error)) {
        this.#dirty = true;
      } else {
        this.#host.onError(error);
        this.#set({ ...this.#state, status: "error", error: error instanceof Error ? error.message : String(error), revision: this.#state.revision + 1 });
      }
    } finally {
      if (!this.#disposed) this.#host.afterRead([...requested]);
      this.#progressed();
    }
  }

  #set(state: QueryState<T>): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  #dispose(): void {
    if (this.#holders > 0 || this.#disposed) return;
    this.#disposed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    for (const release of this.#followed.values()) release();
    this.#followed.clear();
    for (const unsubscribe of this.#depends.values()) unsubscribe();
    this.#depends.clear();
    this.#host.disposed(this.key);
  }
}
