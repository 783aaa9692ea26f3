import { toBase64url } from "@chapterhouse/crdt/encoding";

/** Bytes as a `data:` URL of `type`: the one kind of image source the page's policy allows (a profile's picture, a library's image). Never throws. */
export function dataUrl(type: string, bytes: Uint8Array): string {
  // A data: URL wants standard, padded base64; R2's is base64url without padding.
  const base64 = toBase64url(bytes).replace(/-/g, "+").replace(/_/g, "/");
  return `data:${type};base64,${base64}${"=".repeat((4 - (base64.length % 4)) % 4)}`;
}
