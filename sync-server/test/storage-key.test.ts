import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareKeys, decodePart, encodePart, isValidKeyPart, locate, parseTail } from "../src/storage-key.js";

const part = fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/).filter(isValidKeyPart);

describe("storage keys as file names", () => {
  it("[W5.1] encoding a key part is reversible and distinct parts never share a case-folded name", () => {
    fc.assert(
      fc.property(part, part, (a, b) => {
        expect(decodePart(encodePart(a))).toBe(a);
        if (a !== b) expect(encodePart(a).toLowerCase()).not.toBe(encodePart(b).toLowerCase());
        expect(encodePart(a)).toMatch(/^[a-z0-9_-]+$/);
      }),
      { numRuns: 100 },
    );
  });

  it("[W5.1] a key maps to shard/folder/file and its file name back to its parts", () => {
    expect(locate(["4NMNnkMhL8jXrdJ9jamS58PAVdXu", "snapshot", "ab01"])).toEqual({
      shard: "4n",
      folder: "4_n_m_nnk_mh_l8j_xrd_j9jam_s58_p_a_vd_xu",
      file: "snapshot.ab01",
    });
    expect(locate(["storage-adapter-id"]).file).toBe("=");
    expect(parseTail("snapshot.ab01")).toEqual(["snapshot", "ab01"]);
    expect(parseTail("=")).toEqual([]);
  });

  it("[W5.1] refuses dots, slashes, empty parts, reserved device names and over-long keys", () => {
    for (const key of [[".."], ["a", "."], ["a/b"], [""], ["NUL"], ["x", "lpt1"], ["a", "b".repeat(101)], Array(9).fill("a")]) {
      expect(() => locate(key), JSON.stringify(key)).toThrow();
    }
  });

  it("[W5.4] keys are ordered by their parts read from the last", () => {
    const keys = [["A", "sync-state", "z"], ["A", "snapshot", "y"], ["A", "sync-state", "x"]];
    expect([...keys].sort(compareKeys)).toEqual([["A", "sync-state", "x"], ["A", "snapshot", "y"], ["A", "sync-state", "z"]]);
  });
});
