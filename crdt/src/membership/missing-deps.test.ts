import { describe, expect, it } from "vitest";
import { isMember } from "./electorate.js";
import { admit, make, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");

describe("missing deps", () => {
  it("[M2.2] a record with missing deps, and every record resting on it, waits as missing-deps until they arrive", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
    const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
    const early = fold([...root.records, bobIn]);
    expect(early.rejections.map((r) => [r.id, r.reason])).toEqual([[bobIn.id, "missing-deps"]]);
    expect(early.why(bobIn)).toBe(`missing-deps [M2.2] cites records not held: ${byAlice.id}`);
    expect(isMember(early.roster, root.chapter, bob.publicKey)).toBe(false);

    const withoutGenesis = fold([byAlice, bobIn]);
    expect(withoutGenesis.why(bobIn)).toMatch(/^missing-deps \[M2\.2\] (cites records not held|depends on)/);
    expect(withoutGenesis.why(byAlice)).toMatch(/^missing-deps \[M2\.2\] cites records not held/);

    const complete = fold([...root.records, bobIn, byAlice]);
    expect(complete.rejections).toEqual([]);
    expect(isMember(complete.roster, root.chapter, bob.publicKey)).toBe(true);
  });

  it("[M1.1] a record of another kind is refused as unknown-kind and may still be cited", async () => {
    const root = await foundRoot([alice]);
    const note = await make(alice, "forum-post", { text: "hello" }, [root.genesis.id]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id, note.id]);
    const result = fold([...root.records, note, byAlice]);
    expect(result.why(note)).toBe("unknown-kind [M1.1] forum-post is not a membership kind");
    expect(result.why(byAlice)).toBeUndefined();
  });
});
