/**
 * Making a chosen picture small enough to sign (PROTOCOL.md PF2.2): the app resizes it to fit
 * 65,536 bytes before signing, and never cuts a picture's bytes.
 */
import { MAX_PICTURE_BYTES } from "@chapterhouse/crdt/profiles";

/** Encodes the picture at most `side` pixels on its longer side at `quality` (0–1); undefined if it cannot. */
export type PictureEncoder = (side: number, quality: number) => Promise<Uint8Array | undefined>;

/** The longer side tried first: larger than any place a member's picture is shown. */
export const FIRST_SIDE = 512;
/** Below this a picture shows nothing recognisable: give up. */
const LAST_SIDE = 48;
const QUALITIES = [0.85, 0.7, 0.55] as const;

/**
 * The largest encoding that fits `limit` bytes: each side from FIRST_SIDE down by a quarter at a
 * time, each quality from the best; undefined when none down to LAST_SIDE fits.
 * @throws whatever `encode` throws.
 */
export async function fitPicture(encode: PictureEncoder, limit: number = MAX_PICTURE_BYTES): Promise<Uint8Array | undefined> {
  for (let side = FIRST_SIDE; side >= LAST_SIDE; side = Math.floor(side * 0.75)) {
    for (const quality of QUALITIES) {
      const bytes = await encode(side, quality);
      if (bytes !== undefined && bytes.length > 0 && bytes.length <= limit) return bytes;
    }
  }
  return undefined;
}
