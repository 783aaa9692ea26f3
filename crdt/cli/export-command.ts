/**
 * `chapterhouse export --out FILE DOCFILE…` (PROTOCOL.md B6): writes the documents given, each
 * loaded strictly first, into one bundle (B1) to carry where there is no network.
 */
import { parseArgs } from "node:util";
import * as A from "@automerge/automerge";
import { BundleError, encodeDocumentBundle, type BundledDocument } from "@chapterhouse/crdt/bundle";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandResult } from "./command.js";
import { DocumentFileError, listDocumentFiles, readIfPresent } from "./document-files.js";
import { writeFileAtomically } from "./write-file-atomically.js";

const HELP = `Usage: chapterhouse export --out FILE DOCFILE…

Writes Automerge documents into one bundle file (docs/PROTOCOL.md, sections B1 and B6), to
carry on a USB stick to a room with no network; \`chapterhouse import\` merges it there.

  DOCFILE   a saved document named <documentId>.automerge, or a folder: every
            <documentId>.automerge file directly inside it (other files are ignored)
  --out     the bundle to write (replaced whole if it exists; never left half-written)

Every document is loaded strictly first: a damaged one is refused, never exported partially.
Exit status: 0 written, 2 bad arguments or a document that does not load, 1 an I/O error.
`;

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse export: ${message}\n` };
}

/** What the command line asked for, or a usage error. */
function parse(args: readonly string[]): { help: true } | { help: false; out: string; inputs: string[] } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.values.help === true) return { help: true };
  const out = parsed.values.out;
  if (out === undefined || out === "") return { error: "--out FILE is required" };
  if (parsed.positionals.length === 0) return { error: "name at least one document file or folder" };
  return { help: false, out, inputs: parsed.positionals };
}

/**
 * Runs `chapterhouse export` (B6.2, B6.3). Reads the document files, loads each with
 * `Automerge.load` (strict), encodes the bundle and writes it atomically. Never throws: bad
 * arguments or a document that does not load give code 2, an I/O error code 1.
 */
export async function runExport(args: readonly string[]): Promise<CommandResult> {
  const request = parse(args);
  if ("error" in request) return failure(EXIT_USAGE, `${request.error}\n\n${HELP}`);
  if (request.help) return { code: EXIT_OK, stdout: HELP, stderr: "" };

  let documents: BundledDocument[];
  try {
    const files = await listDocumentFiles(request.inputs);
    documents = [];
    for (const file of files) {
      const bytes = await readIfPresent(file.path);
      if (bytes === undefined) return failure(EXIT_USAGE, `${file.path}: no such file`);
      let doc: A.Doc<unknown>;
      try {
        doc = A.load(bytes); // strict: a torn file throws instead of loading partially (B3)
      } catch (error) {
        return failure(EXIT_USAGE, `${file.path}: the document does not load: ${error instanceof Error ? error.message : String(error)}`);
      }
      documents.push({ documentId: file.documentId, bytes: A.save(doc) });
    }
  } catch (error) {
    if (error instanceof DocumentFileError) return failure(EXIT_USAGE, error.message);
    return failure(EXIT_FAILURE, `cannot read the documents: ${String(error)}`);
  }

  let bundle: Uint8Array;
  try {
    bundle = encodeDocumentBundle(documents);
  } catch (error) {
    if (error instanceof BundleError) return failure(EXIT_USAGE, error.message);
    return failure(EXIT_FAILURE, `internal error: ${String(error)}`);
  }
  try {
    await writeFileAtomically(request.out, bundle);
  } catch (error) {
    return failure(EXIT_FAILURE, `cannot write ${request.out}: ${String(error)}`);
  }
  const lines = documents.map(({ documentId, bytes }) => `${documentId}  ${bytes.length} bytes\n`);
  const summary = `exported ${documents.length} document${documents.length === 1 ? "" : "s"} to ${request.out} (${bundle.length} bytes)\n`;
  return { code: EXIT_OK, stdout: lines.join("") + summary, stderr: "" };
}

/** The `export` command. */
export const exportCommand: Command = {
  name: "export",
  summary: "write documents into one bundle file (sync by file)",
  help: HELP,
  run: (args) => runExport(args),
};
