/**
 * The app's check of a file before a `resource` naming it is signed (PROTOCOL.md RS2): not empty,
 * at most 1 MiB, of a type the library holds, and beginning as files of that type do (text:
 * well-formed UTF-8 with no NUL). Never throws.
 */
import { MAX_FILE_BYTES, RESOURCE_FILE_TYPES, type ResourceFileType } from "./resource-body.js";

/** Why a file is refused, with what the reason names. */
export type ResourceFileProblem =
  | { readonly code: "empty" }
  | { readonly code: "too-large"; readonly limit: number }
  | { readonly code: "refused-type"; readonly type: string }
  | { readonly code: "not-its-type"; readonly type: ResourceFileType };

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((byte, i) => bytes[at + i] === byte);

const looksLike: Readonly<Record<ResourceFileType, (bytes: Uint8Array) => boolean>> = {
  "image/png": (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  "image/jpeg": (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  "image/webp": (b) => startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8),
  "image/gif": (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a")),
  "application/pdf": (b) => startsWith(b, ascii("%PDF-")),
  "text/plain": isUtf8Text,
  "text/markdown": isUtf8Text,
  "text/csv": isUtf8Text,
};

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True for one of RS2's types. */
export function isResourceFileType(type: string): type is ResourceFileType {
  return (RESOURCE_FILE_TYPES as readonly string[]).includes(type);
}

/** Why `bytes`, said to be of `type`, may not be attached (RS2), or undefined when they may. Never throws. */
export function resourceFileProblem(type: string, bytes: Uint8Array): ResourceFileProblem | undefined {
  if (bytes.length === 0) return { code: "empty" };
  if (bytes.length > MAX_FILE_BYTES) return { code: "too-large", limit: MAX_FILE_BYTES };
  if (!isResourceFileType(type)) return { code: "refused-type", type };
  return looksLike[type](bytes) ? undefined : { code: "not-its-type", type };
}
