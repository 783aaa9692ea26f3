/**
 * A flood of messages from one member rate-limited in the view (PROTOCOL.md CH10.3): past a burst,
 * one member's run of quick messages is folded into one item that opens on request. The view
 * changes; no message is dropped. Pure; never throws.
 */
import type { MemberKey } from "../records/ids.js";

/** How many quick messages in a row of one member show before the rest fold (CH10.3). */
export const FLOOD_BURST = 5;
/** The most time between two messages of one run, in milliseconds of claimed time (CH10.3). */
export const FLOOD_GAP_MS = 10_000;

/** What the view shows: a message, or the folded rest of a member's run. */
export type FloodItem<M> = { readonly type: "message"; readonly message: M } | { readonly type: "flood"; readonly author: MemberKey; readonly messages: readonly M[] };

/**
 * `messages` (in display order) with each member's floods folded (CH10.3): a run is a sequence of
 * consecutive messages by one author, each at most `gap` ms after the one before; the first `burst`
 * of a run show, the rest become one `flood` item holding them all, in order.
 */
export function collapseFloods<M extends { readonly author: MemberKey; readonly at: number }>(
  messages: readonly M[],
  burst: number = FLOOD_BURST,
  gap: number = FLOOD_GAP_MS,
): FloodItem<M>[] {
  const items: FloodItem<M>[] = [];
  let run = 0;
  let folded: M[] | undefined;
  for (const [i, message] of messages.entries()) {
    const before = messages[i - 1];
    const continues = before !== undefined && before.author === message.author && message.at - before.at <= gap;
    run = continues ? run + 1 : 1;
    if (!continues) folded = undefined;
    if (run <= burst) {
      items.push({ type: "message", message });
      continue;
    }
    if (folded === undefined) {
      folded = [];
      items.push({ type: "flood", author: message.author, messages: folded });
    }
    folded.push(message);
  }
  return items;
}
