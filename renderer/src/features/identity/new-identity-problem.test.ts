import { MAX_MEMBER_NAME_LENGTH } from "@chapterhouse/crdt/profiles";
import { describe, expect, it } from "vitest";
import { newIdentityProblem } from "./NewIdentityFields.js";

const GOOD = { name: "Ana", passphrase: "eight ch", repeat: "eight ch" };

describe("newIdentityProblem", () => {
  it("lets a name and two equal passphrases of at least 8 characters go on", () => {
    expect(newIdentityProblem(GOOD)).toBeUndefined();
  });

  it("names the first field to fix, in the order shown, with what to say", () => {
    expect(newIdentityProblem({ ...GOOD, name: "  ", passphrase: "" })).toEqual({ field: "name", key: "create.nameEmpty" });
    expect(newIdentityProblem({ ...GOOD, passphrase: "seven c", repeat: "other" })).toEqual({ field: "pass", key: "create.passphraseShort" });
    expect(newIdentityProblem({ ...GOOD, repeat: "eight cH" })).toEqual({ field: "repeat", key: "create.passphrasesDiffer" });
  });

  it("[PF1.1] a name past the profile's limit is refused with no words of its own: its field already says how many characters too many", () => {
    expect(newIdentityProblem({ ...GOOD, name: "a".repeat(MAX_MEMBER_NAME_LENGTH + 1) })).toEqual({ field: "name" });
    expect(newIdentityProblem({ ...GOOD, name: "a".repeat(MAX_MEMBER_NAME_LENGTH) })).toBeUndefined();
  });
});
