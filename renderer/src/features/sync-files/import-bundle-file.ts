/**
 * "Import from file" (PROTOCOL.md B4, B5): the platform lets the member choose a file and
 * decodes it strictly and whole (a truncated, corrupted or foreign file is refused with its
 * reason before anything is merged, so it changes nothing); only then is each document merged
 * into the Repo (merge-bundle.ts).
 */
import type { Repo } from "@automerge/automerge-repo";
import type { BundleFiles } from "../../shared/platform/platform.js";
import { mergeBundle, type MergedDocument } from "./merge-bundle.js";

/** What importing did. */
export type ImportOutcome =
  | { readonly type: "cancelled" }
  /** The file was refused whole; `reason` is the BundleError's message (B4). Nothing changed. */
  | { readonly type: "refused"; readonly fileName: string; readonly reason: string }
  | { readonly type: "merged"; readonly fileName: string; readonly documents: readonly MergedDocument[] }
  /** The file is a vote bundle (PROTOCOL.md B7): nothing merged; the check page verifies it. */
  | { readonly type: "vote-bundle"; readonly fileName: string; readonly text: string };

/**
 * Asks for a bundle file and merges it; a vote bundle is handed back whole, merged into nothing.
 * @throws {Error} "file-failed: …" if the file cannot be read; whatever the Repo throws.
 */
export async function importBundleFile(bundleFiles: BundleFiles, repo: Repo, timeoutMs?: number): Promise<ImportOutcome> {
  const result = await bundleFiles.importBundle();
  switch (result.type) {
    case "cancelled":
    case "vote-bundle":
      return result;
    case "invalid":
      return { type: "refused", fileName: result.fileName, reason: result.reason };
    case "imported":
      return { type: "merged", fileName: result.fileName, documents: await mergeBundle(repo, result.documents, timeoutMs) };
  }
}
