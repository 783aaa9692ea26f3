/**
 * A worker thread of the CLI's ThreadPool (PROTOCOL.md S10): answers each PoolRequest with the
 * PoolReply of the same id. It loads only the verify part of crdt, so it starts fast.
 */
import { parentPort } from "node:worker_threads";
import { verifyPacked, type Verifier } from "@chapterhouse/crdt/verify";
import { isPoolRequest, type PoolReply, type PoolRequest } from "./pool-messages.js";
import { SeedKeys, publicKeysOf, signPacked } from "./seed-signing.js";
import { backendVerifier, type BackendName } from "./verifier-backends.js";

const port = parentPort;
if (port === null) throw new Error("pool-worker.js runs as a worker thread");
const verifiers = new Map<BackendName, Verifier>();
const keys = new SeedKeys();

async function answer(request: PoolRequest): Promise<Uint8Array> {
  switch (request.type) {
    case "verify": {
      let verifier = verifiers.get(request.backend);
      if (verifier === undefined) verifiers.set(request.backend, (verifier = backendVerifier(request.backend)));
      return verifyPacked(verifier, request.bytes);
    }
    case "sign":
      return signPacked(keys, request.bytes);
    case "public-keys":
      return publicKeysOf(keys, request.bytes);
  }
}

port.on("message", (message: unknown) => {
  if (!isPoolRequest(message)) return; // not a request: dropped (pool-messages.ts)
  answer(message).then(
    (bytes) => port.postMessage({ type: "done", id: message.id, bytes } satisfies PoolReply, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) } satisfies PoolReply),
  );
});
