import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MemberKey } from "../records/ids.js";
import { keyFingerprint } from "./key-fingerprint.js";
import { memberLabels, sameNameKey } from "./member-labels.js";

interface Fingerprints {
  readonly cases: readonly { readonly rfc8032: string; readonly key: MemberKey; readonly words: readonly string[] }[];
}
const fingerprints = JSON.parse(readFileSync(new URL("../../vectors/profiles/fingerprints.json", import.meta.url), "utf8")) as Fingerprints;

/** Keys whose fingerprints share exactly their first two words, and two sharing exactly three (found by search over SHA-256("chapterhouse-labels-vector\n<i>")). */
const SHARE_2 = ["B9aEWCcKS-RfWbW7jw6iJXQuGD0z9gqzvWSUMdjB1Wo", "dEavtZYGnrKGKVztcSA0NhnDUD3EuppG1kPGd7-cWWA"] as MemberKey[];
const SHARE_3 = ["zNg6fjkQjBiurQFB4BKAuctXZKirkdZCNUmuJSpW7-g", "w4JF30vC23iYJxDxp55ip6YZtRByIY7Xciz2KI9dKcU"] as MemberKey[];
const words = (key: MemberKey, k: number) => keyFingerprint(key).slice(0, k).join(" ");

describe("key fingerprints and labels", () => {
  it("[PF6] the RFC 8032 public keys' fingerprints are the vector's six words", () => {
    expect(fingerprints.cases).toHaveLength(5);
    for (const { rfc8032, key, words } of fingerprints.cases) expect(keyFingerprint(key), rfc8032).toEqual(words);
  });

  it("[PF6] a key that is not the base64url of 32 bytes has no fingerprint", () => {
    expect(() => keyFingerprint("short" as MemberKey)).toThrow(TypeError);
    expect(() => keyFingerprint(`${fingerprints.cases[0]!.key.slice(0, 42)}B` as MemberKey)).toThrow(/trailing bits/);
  });

  it("[PF7] names are the same after NFKC and lower-casing: full-width, composed and capital forms alike", () => {
    expect(sameNameKey("ＡＬＩＣＥ")).toBe(sameNameKey("alice"));
    expect(sameNameKey("Zoe\u0301")).toBe(sameNameKey("zoé"));
    expect(sameNameKey("Alice")).not.toBe(sameNameKey("Alicia"));
  });

  it("[PF7] a name no one else shares is shown alone; shared names get the fewest fingerprint words, at least two, that tell their holders apart", () => {
    const [a, b] = SHARE_2 as [MemberKey, MemberKey];
    const [c, d] = SHARE_3 as [MemberKey, MemberKey];
    expect(words(a, 2)).toBe(words(b, 2));
    expect(words(a, 3)).not.toBe(words(b, 3));
    expect(words(c, 3)).toBe(words(d, 3));
    const other = fingerprints.cases[0]!.key;
    const labels = memberLabels(
      new Map([
        [a, "Ana"],
        [b, "ANA"],
        [c, "Bea"],
        [d, "Bea"],
        [other, "Cy"],
      ]),
    );
    expect(Object.fromEntries(labels)).toEqual({
      [a]: `Ana (${words(a, 3)})`,
      [b]: `ANA (${words(b, 3)})`,
      [c]: `Bea (${words(c, 4)})`,
      [d]: `Bea (${words(d, 4)})`,
      [other]: "Cy",
    });
    // Two words when two do: the group's labels grow only as far as its closest pair needs.
    expect(memberLabels(new Map([[a, "Ana"], [other, "Ana"]])).get(a)).toBe(`Ana (${words(a, 2)})`);
  });
});
