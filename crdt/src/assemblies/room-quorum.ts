/**
 * An assembly's quorum over the weight in the room (PROTOCOL.md AS5.2, AS8.6): met by the decision
 * core's own rule (T5.2, `shareAtLeast`), never a second one, and the least weight that meets it.
 * Never throws.
 */
import { rational, shareAtLeast } from "../tally/rational.js";
import type { Fraction } from "../tally/types.js";

/** Whether `weight` present of `total` meets `quorum`, and the least weight that does (0 without a quorum). */
export function roomQuorum(weight: number, total: number, quorum: Fraction | null): { readonly needed: number; readonly met: boolean } {
  if (quorum === null) return { needed: 0, met: true };
  // The least w with w × den ≥ num × total (T5.2), in integers.
  const needed = Number((BigInt(quorum.num) * BigInt(total) + BigInt(quorum.den) - 1n) / BigInt(quorum.den));
  return { needed, met: shareAtLeast(weight, total, rational(quorum.num, quorum.den)) };
}
