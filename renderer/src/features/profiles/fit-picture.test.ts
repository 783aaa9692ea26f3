import { MAX_PICTURE_BYTES } from "@chapterhouse/crdt/profiles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_SIDE, fitPicture } from "./fit-picture.js";

/** An encoder whose output grows with the side's square and the quality, as a JPEG's does. */
const encoderOf = (bytesPerPixel: number) => (side: number, quality: number) => Promise.resolve(new Uint8Array(Math.ceil(side * side * quality * bytesPerPixel)));

describe("fitting a picture to its limit", () => {
  it("[PF2.2] a picture that fits at the first size and quality is kept at its best", async () => {
    const bytes = await fitPicture(encoderOf(0.1));
    expect(bytes?.length).toBe(Math.ceil(FIRST_SIDE * FIRST_SIDE * 0.85 * 0.1));
  });

  it("[PF2.2] whatever the picture, the result fits 65,536 bytes, or there is none: it is never cut", async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.01, max: 100, noNaN: true }), async (density) => {
        const tried: number[] = [];
        const encode = encoderOf(density);
        const bytes = await fitPicture(async (side, quality) => {
          const out = await encode(side, quality);
          tried.push(out.length);
          return out;
        });
        if (bytes !== undefined) expect(bytes.length).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
        else expect(Math.min(...tried)).toBeGreaterThan(MAX_PICTURE_BYTES);
      }),
      { numRuns: 50 },
    );
  });

  it("[PF2.2] a picture that cannot be made small enough gives none; one the encoder cannot write is tried smaller", async () => {
    await expect(fitPicture(encoderOf(1000))).resolves.toBeUndefined();
    const refusesLarge = (side: number) => Promise.resolve(side > 300 ? undefined : new Uint8Array(side));
    await expect(fitPicture(refusesLarge)).resolves.toHaveLength(288);
  });
});
