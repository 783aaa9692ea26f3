import { recordIdOf } from "@chapterhouse/crdt/records";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rememberedRecordIds } from "./remembered-record-ids.js";

describe("remembered record ids", () => {
  it("[R3] give every text the id the pure function gives it, remembered or forgotten", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (texts, capacity) => {
        const idOf = rememberedRecordIds(capacity);
        for (const text of [...texts, ...[...texts].reverse()]) expect(idOf(text)).toBe(recordIdOf(text));
      }),
      { numRuns: 30 },
    );
  });
});
