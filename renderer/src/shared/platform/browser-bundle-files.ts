/**
 * Sync by file in a plain browser page (PROTOCOL.md B): an export is a download, an import a
 * file the member picks with a file input. The same checks as the desktop's (electron
 * bundle-files.ts, E10): an export is decoded strictly before it is offered, and an import
 * gives documents only when the whole file decodes strictly (B3, B4).
 */
import { BundleError, decodeDocumentBundle, encodeDocumentBundle } from "@chapterhouse/crdt/bundle";
import {
  readBundleFile as readBundleBytes,
  type ExportBundleResult,
  type ImportBundleResult,
} from "@chapterhouse/crdt/desktop";
import { BUNDLE_EXTENSION, bundleFileName } from "./bundle-file-name.js";
import type { BundleFiles } from "./platform.js";

/** Largest file read: the desktop's limit (E5.6: 512 MiB of documents, plus room for the header). */
export const MAX_BUNDLE_FILE_BYTES = 512 * 1024 * 1024 + 8 * 1024 * 1024;

/** How long a download's object URL lives: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 60_000;

/** What the browser's bundle files use of the page. */
export interface BundleFileWindow {
  readonly document: Document;
  readonly URL: Pick<typeof URL, "createObjectURL" | "revokeObjectURL">;
  setTimeout(handler: () => void, ms: number): unknown;
}

/** Bundle files in a browser page: downloads and a file input. */
export function createBrowserBundleFiles(window: BundleFileWindow): BundleFiles {
  return {
    exportBundle(request) {
      let bytes: Uint8Array;
      try {
        bytes = encodeDocumentBundle(request.documents);
        decodeDocumentBundle(bytes);
      } catch (error) {
        if (error instanceof BundleError)
          return Promise.reject(new Error(`invalid-argument: the documents do not make a valid bundle: ${error.message}`));
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      const fileName = bundleFileName(request.suggestedName);
      download(window, bytes, fileName);
      // A download cannot be watched from the page: it is "saved" once the browser has it.
      const result: ExportBundleResult = { type: "saved", fileName, documents: request.documents.length };
      return Promise.resolve(result);
    },
    async importBundle() {
      const file = await chooseFile(window);
      if (file === undefined) return { type: "cancelled" };
      return readBundleFile(file);
    },
    // A page has no application menu.
    onMenuCommand: () => () => undefined,
  };
}

/**
 * Reads a chosen file as a bundle: its documents if the whole file decodes strictly, a vote
 * bundle's text (B7), else "invalid" with the reason (B4); nothing is kept from a refused file.
 * @throws {Error} "file-failed: …" if the browser cannot read the file.
 */
export async function readBundleFile(file: Blob & { readonly name: string }): Promise<ImportBundleResult> {
  const fileName = file.name;
  if (file.size > MAX_BUNDLE_FILE_BYTES) {
    const refused = new BundleError("too-large", `the file has ${file.size} bytes; at most ${MAX_BUNDLE_FILE_BYTES} are read`);
    return { type: "invalid", fileName, reason: refused.message };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new Error(`file-failed: ${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return readBundleBytes(fileName, bytes);
}

/** Offers `bytes` as a download named `fileName`. */
function download(window: BundleFileWindow, bytes: Uint8Array, fileName: string): void {
  const { document } = window;
  const url = window.URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => window.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Opens the browser's file picker for a bundle file; undefined if the member cancels. */
function chooseFile(window: BundleFileWindow): Promise<File | undefined> {
  const { document } = window;
  const input = document.createElement("input");
  input.type = "file";
  // Organisation files, and vote bundles (`….vote-bundle.json`), which the import tells apart (B7).
  input.accept = `.${BUNDLE_EXTENSION},.json`;
  input.hidden = true;
  document.body.append(input);
  return new Promise<File | undefined>((resolve) => {
    const finish = (file: File | undefined) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener("change", () => finish(input.files?.[0]), { once: true });
    // Fired when the picker closes without a choice (Chromium 113+, Firefox 91+, Safari 16.4+).
    input.addEventListener("cancel", () => finish(undefined), { once: true });
    input.click();
  });
}
