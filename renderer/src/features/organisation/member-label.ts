import type { MemberKey } from "@chapterhouse/crdt";

/** A member's key shortened for display: its first 8 characters, e.g. "5qN0qGWz…". Never throws. */
export function shortKey(key: MemberKey | string): string {
  return `${key.slice(0, 8)}…`;
}

/** The words a member's label is made of, in the language shown (useMemberLabel gives them). */
export interface MemberLabelWords {
  /** The device's member, named: "You (Ana)". */
  readonly youNamed: (name: string) => string;
  /** The device's member, name unknown: "You". */
  readonly you: string;
  /** A member who signed no name, by the start of their key: "Member 5qN0qGWz…". */
  readonly unnamed: (shortKey: string) => string;
}

/** English, for the screens not yet translated (their texts are English throughout). */
const ENGLISH: MemberLabelWords = { youNamed: (name) => `You (${name})`, you: "You", unnamed: (short) => `Member ${short}` };

/**
 * How a member is shown: "You (name)" for the device's member; else the name in their profile (PF7,
 * as `names` labels it: with fingerprint words when two share a name); else "Member <short key>".
 * Never throws.
 */
export function memberLabel(
  key: MemberKey,
  me: MemberKey | undefined,
  myName: string | undefined,
  names?: ReadonlyMap<MemberKey, string>,
  words: MemberLabelWords = ENGLISH,
): string {
  if (key === me) return myName === undefined ? words.you : words.youNamed(myName);
  return names?.get(key) ?? words.unnamed(shortKey(key));
}
