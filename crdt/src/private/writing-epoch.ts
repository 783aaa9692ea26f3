/**
 * Which epoch new content is sealed under (PROTOCOL.md PV6.5): when concurrent rotations leave
 * several head epochs whose keys the writer holds, every device picks the same one — the head
 * sealed to the fewest members, so a removal made in one branch is kept, then the least epoch id.
 * Pure; never throws.
 */
import type { ScopeKeys } from "./read-scope-keys.js";
import type { EpochId } from "./scope-key.js";

/** The head epoch to write in (PV6.5), or undefined when the reader holds no head's key. */
export function writingEpoch(keys: Pick<ScopeKeys, "epochs" | "heads">): EpochId | undefined {
  const heads = new Set(keys.heads);
  const held = keys.epochs.filter((epoch) => epoch.held && heads.has(epoch.epoch));
  held.sort((a, b) => a.members.length - b.members.length || (a.epoch < b.epoch ? -1 : a.epoch > b.epoch ? 1 : 0));
  return held[0]?.epoch;
}
