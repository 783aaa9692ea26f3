/**
 * How members are told apart by name (PROTOCOL.md PF7): a member is shown by their name; members
 * whose names are the same get the fewest fingerprint words (PF6) that tell them apart.
 */
import type { MemberKey } from "../records/ids.js";
import { FINGERPRINT_WORDS, keyFingerprint } from "./key-fingerprint.js";

/** Fewest fingerprint words a label shows (PF7). */
const MIN_WORDS = 2;

/** What makes two names the same (PF7): equal after NFKC and Unicode default lower-casing. Never throws. */
export function sameNameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase();
}

/**
 * Each named member's label (PF7): their name alone when no other member's name is the same;
 * otherwise the name, a space, and in parentheses the first k words of their fingerprint, k the
 * smallest from 2 to 6 at which no two members sharing the name show the same words; if six words
 * do not tell them apart, their whole keys instead of words.
 * `fingerprint` gives a member's words (PF6), for a caller that has them already.
 * @throws {TypeError} if a key is not the unpadded base64url of 32 bytes (R2).
 */
export function memberLabels(names: ReadonlyMap<MemberKey, string>, fingerprint: (member: MemberKey) => readonly string[] = keyFingerprint): Map<MemberKey, string> {
  const groups = new Map<string, MemberKey[]>();
  for (const [member, name] of names) {
    const key = sameNameKey(name);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [member]);
    else group.push(member);
  }
  const labels = new Map<MemberKey, string>();
  for (const members of groups.values()) {
    if (members.length === 1) {
      labels.set(members[0]!, names.get(members[0]!)!);
      continue;
    }
    const words = new Map(members.map((member) => [member, fingerprint(member)]));
    let tag = (member: MemberKey): string => member;
    for (let k = MIN_WORDS; k <= FINGERPRINT_WORDS; k++) {
      const shown = (member: MemberKey) => words.get(member)!.slice(0, k).join(" ");
      if (new Set(members.map(shown)).size === members.length) {
        tag = shown;
        break;
      }
    }
    for (const member of members) labels.set(member, `${names.get(member)!} (${tag(member)})`);
  }
  return labels;
}
