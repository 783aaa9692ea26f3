/**
 * Signing on worker threads for `simulate` (PROTOCOL.md S9, S10): a SignerFromSeed whose public
 * keys and signatures are computed by a ThreadPool. Requests made while the main thread runs are
 * gathered and sent once it yields, one message per thread; each seed always goes to the same
 * thread, which keeps its private key, since a member signs several records.
 */
import { concatBytes, toBase64url } from "@chapterhouse/crdt/encoding";
import type { MemberKey, Signer } from "@chapterhouse/crdt/records";
import type { SignerFromSeed } from "@chapterhouse/crdt/simulation";
import { packSigning, type SeedMessage } from "./seed-signing.js";
import type { ThreadPool } from "./thread-pool.js";

interface Waiting<T> {
  readonly item: T;
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers items per thread until the main thread yields (`setImmediate`: after every promise
 * continuation has queued its own), then sends each thread its items in one request.
 */
class Gatherer<T> {
  readonly #queues: Waiting<T>[][];
  #scheduled = false;

  constructor(
    threads: number,
    readonly send: (thread: number, items: readonly T[]) => Promise<Uint8Array>,
    readonly size: number,
  ) {
    this.#queues = Array.from({ length: threads }, () => []);
  }

  /** Resolves to the `size` bytes of the answer for `item`, computed on `thread`. */
  add(thread: number, item: T): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.#queues[thread]!.push({ item, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    this.#queues.forEach((queue, thread) => {
      if (queue.length === 0) return;
      this.#queues[thread] = [];
      this.send(
        thread,
        queue.map((w) => w.item),
      ).then(
        (bytes) => queue.forEach((w, i) => w.resolve(bytes.slice(i * this.size, (i + 1) * this.size))),
        (error: unknown) => queue.forEach((w) => w.reject(error)),
      );
    });
  }
}

/**
 * A SignerFromSeed whose work runs on `pool`. Signatures are byte-identical to WebCrypto's and
 * tweetnacl's for the same seed (S9). Never throws; a thread's failure rejects its requests.
 */
export function threadSignerFromSeed(pool: ThreadPool): SignerFromSeed {
  const publicKeys = new Gatherer<Uint8Array>(pool.size, (thread, seeds) => pool.request(thread, { type: "public-keys", bytes: concatBytes(seeds) }), 32);
  const signatures = new Gatherer<SeedMessage>(pool.size, (thread, items) => pool.request(thread, { type: "sign", bytes: packSigning(items) }), 64);
  return async (seed: Uint8Array): Promise<Signer> => {
    if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new TypeError("seed must be 32 bytes");
    const own = seed.slice();
    const thread = own[0]! % pool.size;
    const publicKey = toBase64url(await publicKeys.add(thread, own)) as MemberKey;
    return { publicKey, sign: (message) => signatures.add(thread, { seed: own, message }) };
  };
}

