import { DEFAULT_VAULT_PARAMS, MIN_VAULT_PARAMS, type ScryptParams } from "@chapterhouse/crdt/identity";

/**
 * The scrypt parameters new vaults are sealed with (PROTOCOL.md K4.3), by Vite build mode.
 * Only the end-to-end test build (`vite build --mode test`) seals with the weakest parameters
 * a reader accepts (N = 2^14), so the browser tests create and unlock identities in
 * milliseconds; every other build, production included, uses the default N = 2^17. Reading is
 * the same in every build: a vault opens with the parameters written in it.
 */
export function vaultSealParams(mode: string): ScryptParams {
  return mode === "test" ? MIN_VAULT_PARAMS : DEFAULT_VAULT_PARAMS;
}
