import { BALLOT_BOX_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DocumentState } from "./followed-document.js";
import { LiveQuery, type QueryHost, type QuerySpec } from "./live-query.js";

const scope = "automerge:organisation";
const boxes = ["automerge:box1", "automerge:box2", "automerge:box3"] as DocumentUrl[];

/** A host whose documents arrive when the test says; what it copies to the worker and keeps is recorded. */
function host() {
  const states = new Map<DocumentUrl, DocumentState>(boxes.map((url) => [url, "loading"]));
  const changed = new Map<DocumentUrl, () => void>();
  const mirrored: DocumentUrl[][] = [];
  const kept: DocumentUrl[][] = [];
  const errors: unknown[] = [];
  const queryHost: QueryHost = {
    follow(request, onChange) {
      changed.set(request.url, onChange);
      return () => changed.delete(request.url);
    },
    state: (url) => states.get(url) ?? "unavailable",
    mirror(urls) {
      if (urls.length > 0) mirrored.push([...urls]);
      return Promise.resolve();
    },
    afterRead: (urls) => void kept.push(urls.filter((url) => states.get(url) === "ready")),
    isWorkerLost: () => false,
    disposed: () => undefined,
    onError: (error) => errors.push(error),
    debounceMs: 1,
    lingerMs: 10,
  };
  return {
    queryHost,
    mirrored,
    kept,
    errors,
    arrive: (url: DocumentUrl) => {
      states.set(url, "ready");
      changed.get(url)?.();
    },
  };
}

/** A read that needs every box before it answers (as a vote's reading does). */
function everyBox(): QuerySpec<number> & { readonly reads: () => number } {
  let reads = 0;
  return {
    key: "every box",
    reads: () => reads,
    async read(context) {
      reads++;
      const standing = await context.documents(
        boxes.map((url) => ({ url, type: BALLOT_BOX_DOCUMENT, scope })),
        { wait: true },
      );
      return standing.length;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("a live query", () => {
  it("[issue 10] copies each document that arrived to the worker while it still waits for others, so the worker loads and keeps each as it comes, not all once the last is in", async () => {
    const { queryHost, mirrored, kept, errors, arrive } = host();
    const spec = everyBox();
    const query = new LiveQuery(spec, queryHost);
    const release = query.retain();
    await settle();
    expect(query.get().status).toBe("loading");

    arrive(boxes[0]!);
    await settle();
    expect(query.get().status).toBe("loading");
    expect(mirrored.at(-1)).toEqual([boxes[0]]);
    expect(kept.at(-1)).toEqual([boxes[0]]);

    arrive(boxes[1]!);
    await settle();
    expect(query.get().status).toBe("loading");
    expect(mirrored.at(-1)).toEqual([boxes[0], boxes[1]]);

    arrive(boxes[2]!);
    await query.until((state) => state.status === "ready", "every box", 1000);
    expect(query.get().value).toBe(3);
    expect(mirrored.at(-1)).toEqual(boxes);
    expect(errors).toEqual([]);
    release();
  });
});

describe("a live query's first read", () => {
  it("[issue 10] starts in the next task, not after the debounce: a screen opened after a reload asks the worker at once; later changes are still gathered", async () => {
    const { queryHost } = host();
    let reads = 0;
    const spec: QuerySpec<number> = {
      key: "at once",
      read: () => Promise.resolve(++reads),
    };
    const query = new LiveQuery(spec, { ...queryHost, debounceMs: 60_000 });
    const release = query.retain();
    await settle();
    expect(query.get()).toMatchObject({ status: "ready", value: 1 });

    query.invalidate();
    await settle();
    expect(reads).toBe(1);
    release();
  });
});

describe("a live query prefetched", () => {
  it("[issue 10] reads before anyone subscribes, lives on for the linger time so the screen that subscribes then finds its value, and is let go after it when nobody did", async () => {
    const { queryHost } = host();
    let reads = 0;
    let disposed = 0;
    const spec: QuerySpec<number> = { key: "prefetched", read: () => Promise.resolve(++reads) };
    const query = new LiveQuery(spec, { ...queryHost, lingerMs: 100, disposed: () => void disposed++ });
    query.prefetch();
    await settle();
    expect(query.get()).toMatchObject({ status: "ready", value: 1 });
    const seen: number[] = [];
    const unsubscribe = query.subscribe(() => seen.push(query.get().value!));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(disposed).toBe(0);
    expect(reads).toBe(1);
    unsubscribe();

    let aloneDisposed = 0;
    const alone = new LiveQuery({ ...spec, key: "prefetched alone" }, { ...queryHost, lingerMs: 30, disposed: () => void aloneDisposed++ });
    alone.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(aloneDisposed).toBe(1);
    expect(seen).toEqual([]);
  });
});
