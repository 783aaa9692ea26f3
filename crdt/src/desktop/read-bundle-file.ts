/**
 * What importing a file gives (PROTOCOL.md B7): a document bundle's documents once the whole file
 * decodes strictly (B3), a vote bundle's text for the app to verify (V10, V9), or the refusal with
 * its reason (B4). The one reading of a chosen file's bytes, for the desktop's main process and
 * the browser page alike.
 */
import { BundleError } from "../bundle/bundle-error.js";
import { bundleFileKind } from "../bundle/bundle-file-kind.js";
import { decodeDocumentBundle } from "../bundle/document-bundle.js";
import type { ImportBundleResult } from "./desktop-api.js";

/**
 * Reads the bytes of the file `fileName` as one of the two bundle formats. Never throws on content:
 * a file that is neither, or not UTF-8 text where a vote bundle is expected, is "invalid".
 */
export function readBundleFile(fileName: string, bytes: Uint8Array): ImportBundleResult {
  if (bundleFileKind(bytes) === "vote") {
    try {
      return { type: "vote-bundle", fileName, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return {
        type: "invalid",
        fileName,
        reason: new BundleError("not-a-bundle", "the file looks like a vote bundle but is not UTF-8 text")
          .message,
      };
    }
  }
  try {
    return { type: "imported", fileName, documents: decodeDocumentBundle(bytes) };
  } catch (error) {
    if (error instanceof BundleError) return { type: "invalid", fileName, reason: error.message };
    throw error;
  }
}
