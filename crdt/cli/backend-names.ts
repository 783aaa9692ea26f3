/**
 * The names of the signature backends the CLI can run (PROTOCOL.md S7, V11.1), apart from the
 * backends themselves, so that the messages to the worker threads (`pool-messages.ts`) can be
 * checked without loading any backend.
 */

/** The backends' names, the default first. */
export const BACKEND_NAMES = ["node-crypto", "webcrypto", "tweetnacl"] as const;

/** A backend's name. */
export type BackendName = (typeof BACKEND_NAMES)[number];

/** True for a name in BACKEND_NAMES. Never throws. */
export function isBackendName(name: unknown): name is BackendName {
  return (BACKEND_NAMES as readonly unknown[]).includes(name);
}
