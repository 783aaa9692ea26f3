/**
 * A picture file as a profile picture (PROTOCOL.md PF2.2): decoded by the browser, drawn smaller
 * on a canvas and encoded as JPEG until it fits the limit.
 */
import type { PictureType } from "@chapterhouse/crdt/profiles";
import { fitPicture } from "./fit-picture.js";

/** Why a file did not become a picture: "unreadable" (not an image the browser decodes) or "too-detailed" (nothing small enough). */
export class PictureProblem extends Error {
  constructor(readonly reason: "unreadable" | "too-detailed") {
    super(reason === "unreadable" ? "the file is not a picture this browser can read" : "the picture cannot be made small enough");
    this.name = "PictureProblem";
  }
}

/** What a chosen picture becomes. */
export interface FittedPicture {
  readonly type: PictureType;
  readonly bytes: Uint8Array;
}

/**
 * Reads `file` as a picture and makes it fit 65,536 bytes.
 * @throws {PictureProblem} if the browser cannot decode it, or no size fits.
 */
export async function readPictureFile(file: Blob): Promise<FittedPicture> {
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    throw new PictureProblem("unreadable");
  }
  try {
    const bytes = await fitPicture(async (side, quality) => {
      const scale = Math.min(1, side / Math.max(image.width, image.height));
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(image.width * scale));
      canvas.height = Math.max(1, Math.round(image.height * scale));
      canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
      return blob === null ? undefined : new Uint8Array(await blob.arrayBuffer());
    });
    if (bytes === undefined) throw new PictureProblem("too-detailed");
    return { type: "image/jpeg", bytes };
  } finally {
    image.close();
  }
}
