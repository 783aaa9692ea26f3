/**
 * Automerge documents as files, for `chapterhouse export` and `import` (PROTOCOL.md B6): a
 * document is the file `<documentId>.automerge` holding its saved bytes (`Automerge.save`, or
 * any concatenation of chunks `Automerge.load` accepts); a folder of documents holds such files
 * directly inside it (not in sub-folders).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";

/** B6.1: the file name extension of a saved document. */
export const DOCUMENT_FILE_EXTENSION = ".automerge";

/** B2/B6.1: an automerge-repo document id (base58 alphabet), the same pattern bundles accept. */
const DOCUMENT_ID = /^[1-9A-HJ-NP-Za-km-z]{16,64}$/;

/** A document file found on disk. */
export interface DocumentFile {
  readonly documentId: string;
  readonly path: string;
}

/** A path given on the command line that is not a document file or a folder of them. */
export class DocumentFileError extends Error {
  override readonly name = "DocumentFileError";
}

/** The file name of a document (B6.1). The id must already be well formed. */
export function documentFileName(documentId: string): string {
  return `${documentId}${DOCUMENT_FILE_EXTENSION}`;
}

/** The document id a file name stands for, or undefined if the name is not `<id>.automerge`. */
export function documentIdOfFileName(name: string): string | undefined {
  if (!name.endsWith(DOCUMENT_FILE_EXTENSION)) return undefined;
  const id = name.slice(0, -DOCUMENT_FILE_EXTENSION.length);
  return DOCUMENT_ID.test(id) ? id : undefined;
}

/**
 * The document files named by `paths` (B6.2): a file must be named `<documentId>.automerge`;
 * a folder contributes every such file directly inside it, in name order, and ignores
 * everything else (temporary files, sub-folders). A file given twice counts once.
 * @throws {DocumentFileError} for a missing path, a file not named `<documentId>.automerge`,
 *   a folder holding no document, or one document id found at two paths.
 */
export async function listDocumentFiles(paths: readonly string[]): Promise<DocumentFile[]> {
  const found = new Map<string, string>();
  const add = (documentId: string, path: string) => {
    const earlier = found.get(documentId);
    if (earlier !== undefined && earlier !== path) {
      throw new DocumentFileError(`document ${documentId} is given twice: ${earlier} and ${path}`);
    }
    found.set(documentId, path);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) throw new DocumentFileError(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && documentIdOfFileName(entry.name) !== undefined)
        .map((entry) => entry.name)
        .sort();
      if (names.length === 0) throw new DocumentFileError(`${path}: the folder holds no <documentId>${DOCUMENT_FILE_EXTENSION} file`);
      for (const name of names) add(documentIdOfFileName(name)!, join(path, name));
    } else {
      const documentId = documentIdOfFileName(basename(path));
      if (documentId === undefined) throw new DocumentFileError(`${path}: a document file must be named <documentId>${DOCUMENT_FILE_EXTENSION}`);
      add(documentId, path);
    }
  }
  return [...found].map(([documentId, path]) => ({ documentId, path }));
}

/**
 * The bytes of a file, or undefined if there is none.
 * @throws the file system's error for anything but a missing file.
 */
export async function readIfPresent(path: string): Promise<Uint8Array | undefined> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
