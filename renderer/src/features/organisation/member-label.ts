import type { MemberKey } from "@chapterhouse/crdt";

/** A member's key shortened for display: its first 8 characters, e.g. "5qN0qGWz…". Never throws. */
export function shortKey(key: MemberKey | string): string {
  return `${key.slice(0, 8)}…`;
}

/**
 * How a member is shown: "You (name)" for the device's member; else the name in their profile (PF7,
 * as `names` labels it: with fingerprint words when two share a name); else "Member <short key>".
 * Never throws.
 */
export function memberLabel(key: MemberKey, me: MemberKey | undefined, myName: string | undefined, names?: ReadonlyMap<MemberKey, string>): string {
  if (key === me) return myName === undefined ? "You" : `You (${myName})`;
  return names?.get(key) ?? `Member ${shortKey(key)}`;
}
