/**
 * Sync by file from the menu (PROTOCOL.md B): export documents to one bundle file, import
 * one, through native dialogs. Encoding and strict decoding are crdt's; this module adds the
 * dialogs and the file, both injected, so it is tested under Node. An export is decoded
 * again before it is written (every document must load strictly, as on import), and an
 * import gives documents only when the whole file is valid.
 */
import { basename } from "node:path";
import { BundleError, decodeDocumentBundle, encodeDocumentBundle } from "@chapterhouse/crdt/bundle";
import {
  readBundleFile,
  type ExportBundleRequest,
  type ExportBundleResult,
  type ImportBundleResult,
} from "@chapterhouse/crdt/desktop";
import { DesktopFault } from "./bridge/desktop-fault.js";
import { MAX_BUNDLE_BYTES } from "./bridge/ipc-guards.js";

/** The extension of bundle files (the installers associate it with the app). */
export const BUNDLE_EXTENSION = "chapterhouse";
/** Largest bundle file read: the documents' bytes plus room for the header. */
export const MAX_BUNDLE_FILE_BYTES = MAX_BUNDLE_BYTES + 8 * 1024 * 1024;

/** The dialogs and files (main.ts: Electron's dialog, text-file-store.ts). */
export interface BundleFileDeps {
  /** A save dialog offering `suggestedName`; undefined if cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  /** An open dialog for bundle files; undefined if cancelled. */
  chooseOpenPath(): Promise<string | undefined>;
  /** Writes the file whole, never torn (writeFileAtomically). */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Reads at most `maxBytes` (readBoundedFile). */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}

/** `name` with the bundle extension, unless it has it. */
export function bundleFileName(name: string): string {
  return name.toLowerCase().endsWith(`.${BUNDLE_EXTENSION}`) ? name : `${name}.${BUNDLE_EXTENSION}`;
}

/**
 * Encodes the documents, checks that the bundle decodes strictly, asks where to save it and
 * writes it.
 * @throws {DesktopFault} "invalid-argument" if the documents do not make a valid bundle (a
 *   malformed or repeated id, bytes that do not load as an Automerge document);
 *   "file-failed" if the file cannot be written.
 */
export async function exportBundleFile(
  request: ExportBundleRequest,
  deps: BundleFileDeps,
): Promise<ExportBundleResult> {
  let bytes: Uint8Array;
  try {
    bytes = encodeDocumentBundle(request.documents);
    decodeDocumentBundle(bytes);
  } catch (error) {
    if (error instanceof BundleError)
      throw new DesktopFault(
        "invalid-argument",
        `the documents do not make a valid bundle: ${error.message}`,
      );
    throw error;
  }
  const path = await deps.chooseSavePath(bundleFileName(request.suggestedName));
  if (path === undefined) return { type: "cancelled" };
  try {
    await deps.writeFile(path, bytes);
  } catch (error) {
    throw new DesktopFault("file-failed", `${basename(path)} could not be written: ${describe(error)}`);
  }
  return { type: "saved", fileName: basename(path), documents: request.documents.length };
}

/**
 * Asks which bundle to open, reads it and decodes it strictly; a vote bundle's text is handed to
 * the page to verify (PROTOCOL.md B7).
 * @throws {DesktopFault} "file-failed" if the file cannot be read (too large included).
 */
export async function importBundleFile(deps: BundleFileDeps): Promise<ImportBundleResult> {
  const path = await deps.chooseOpenPath();
  if (path === undefined) return { type: "cancelled" };
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(path, MAX_BUNDLE_FILE_BYTES);
  } catch (error) {
    throw new DesktopFault("file-failed", `${fileName} could not be read: ${describe(error)}`);
  }
  return readBundleFile(fileName, bytes);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : "unknown error";
}
