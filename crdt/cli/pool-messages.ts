/**
 * The messages between the CLI's main thread and its worker threads (`thread-pool.ts`,
 * `pool-worker.ts`), one tagged union per direction. Each side checks what arrives with the
 * guard below and drops anything else.
 */
import { isBackendName, type BackendName } from "./verifier-backends.js";

/** Work for a pool worker; its bytes travel as a transferred buffer. */
export type PoolRequest =
  /** Check a pack of signature checks (`packChecks`) with a backend; the reply holds one byte per check. */
  | { readonly type: "verify"; readonly id: number; readonly backend: BackendName; readonly bytes: Uint8Array }
  /** Sign a pack of (seed, message) pairs (`packSigning`); the reply holds 64 bytes per pair. */
  | { readonly type: "sign"; readonly id: number; readonly bytes: Uint8Array }
  /** The public keys of 32-byte seeds, one after another; the reply holds 32 bytes per seed. */
  | { readonly type: "public-keys"; readonly id: number; readonly bytes: Uint8Array };

/** A pool worker's answer to the request with the same id. */
export type PoolReply =
  | { readonly type: "done"; readonly id: number; readonly bytes: Uint8Array }
  | { readonly type: "failed"; readonly id: number; readonly message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasId = (value: Record<string, unknown>): boolean => Number.isSafeInteger(value["id"]);

/** True when `value` is a PoolRequest. Never throws. */
export function isPoolRequest(value: unknown): value is PoolRequest {
  if (!isRecord(value) || !hasId(value) || !(value["bytes"] instanceof Uint8Array)) return false;
  return value["type"] === "sign" || value["type"] === "public-keys" || (value["type"] === "verify" && isBackendName(value["backend"]));
}

/** True when `value` is a PoolReply. Never throws. */
export function isPoolReply(value: unknown): value is PoolReply {
  if (!isRecord(value) || !hasId(value)) return false;
  return (value["type"] === "done" && value["bytes"] instanceof Uint8Array) || (value["type"] === "failed" && typeof value["message"] === "string");
}
