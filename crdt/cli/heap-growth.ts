/**
 * How far V8 lets the main thread's heap grow past what is live before it collects, for a command
 * that holds a large input (`verify` of a vote bundle).
 */
import { setFlagsFromString } from "node:v8";

/**
 * Inputs of at least this many UTF-16 units get the limit: a 100,000-voter bundle is about 120 MB,
 * a 10,000-voter one 12 MB.
 */
export const LARGE_INPUT_LENGTH = 64 * 1024 * 1024;

/**
 * On a machine with much memory V8 lets the heap grow to several times what is live: verifying
 * 100,000 ballots peaked at 1.03-1.20 GiB for 0.5 GiB live, and growing by half at most keeps it
 * at 0.75-0.85 GiB for about 7% more time (bench/votes.js). A small input never comes near that,
 * and there the limit only costs collections (10,000 voters: ~0.1 s of CPU in 4 of 4 runs), so
 * it is set only for an input of `length` from LARGE_INPUT_LENGTH on. Returns whether it was set.
 */
export function limitHeapGrowthFor(length: number): boolean {
  if (length < LARGE_INPUT_LENGTH) return false;
  setFlagsFromString("--heap-growing-percent=50");
  return true;
}
