import { toBase64url } from "@chapterhouse/crdt/encoding";

/** A picture's bytes as a `data:` URL, the one kind of image source the page's policy allows. Never throws. */
export function pictureDataUrl(type: string, bytes: Uint8Array): string {
  // A data: URL wants standard, padded base64; R2's is base64url without padding.
  const base64 = toBase64url(bytes).replace(/-/g, "+").replace(/_/g, "/");
  return `data:${type};base64,${base64}${"=".repeat((4 - (base64.length % 4)) % 4)}`;
}
