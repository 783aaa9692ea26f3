import { signRecord, type ChapterId, type ParsedRecord } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { claimedRoot } from "./claimed-root.js";

const signer = naclSignerFromSeed(new Uint8Array(32).fill(7));

/** A genesis under `parent` (its body only as far as claimedRoot reads it; the fold is not run here). */
function genesis(name: string, parent: ChapterId | null): Promise<ParsedRecord> {
  return signRecord(signer, { kind: "genesis", body: { name, parent }, at: 0, deps: parent === null ? [] : [parent] });
}

describe("the root a join link's chapter claims", () => {
  it("[M4.3] follows the parents of the geneses held, refused by the fold or not, up to the root", async () => {
    const france = await genesis("France", null);
    const paris = await genesis("Paris", france.id as ChapterId);
    const belleville = await genesis("Belleville", paris.id as ChapterId);
    const endorse = await signRecord(signer, { kind: "endorse", body: { chapter: belleville.id }, at: 0, deps: [belleville.id] });
    const held = [endorse, belleville, france, paris];
    expect(claimedRoot(held, belleville.id as ChapterId)).toBe(france.id);
    expect(claimedRoot(held, france.id as ChapterId)).toBe(france.id);
  });

  it("[M4.3] is unknown while a genesis of the chain has not arrived, or for a chapter nobody founded", async () => {
    const france = await genesis("France", null);
    const paris = await genesis("Paris", france.id as ChapterId);
    const belleville = await genesis("Belleville", paris.id as ChapterId);
    expect(claimedRoot([france, belleville], belleville.id as ChapterId)).toBeUndefined();
    expect(claimedRoot([france, paris, belleville], "nobody-founded-this-chapter-id-0000000000000" as ChapterId)).toBeUndefined();
  });
});
