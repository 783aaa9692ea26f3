/**
 * `chapterhouse import FILE --into DIR` (PROTOCOL.md B5, B6): decodes the whole bundle
 * strictly, merges every document into `DIR/<documentId>.automerge`, and only then writes, one
 * file at a time, atomically. A refused bundle changes nothing in DIR.
 */
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BundleError, decodeDocumentBundle, type BundledDocument } from "@chapterhouse/crdt/bundle";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandResult } from "./command.js";
import { documentFileName, readIfPresent } from "./document-files.js";
import { LocalDocumentError, planImport, type ImportOutcome } from "./plan-import.js";
import { writeFileAtomically } from "./write-file-atomically.js";

const HELP = `Usage: chapterhouse import FILE --into DIR

Merges the documents of a bundle written by \`chapterhouse export\` into the folder DIR
(docs/PROTOCOL.md, sections B5 and B6), as DIR/<documentId>.automerge files.

The whole bundle is checked first (signature, version, lengths, hashes, every document loads):
a truncated, corrupted or foreign file is refused with its reason and DIR is left untouched.
A document already in DIR is merged with the incoming one (Automerge.merge), never replaced,
and loses no record: a signed record the folder's copy held that the incoming copy deleted or
overwrote is written back. Each file is written to a temporary file and renamed into place.
DIR is created if missing. What the documents hold is judged by the app when it reads them,
like anything synced.

Exit status: 0 imported, 2 bad arguments or a refused bundle, 1 a local copy that does not
load (nothing is written then) or an I/O error.
`;

function failure(code: number, message: string): CommandResult {
  return { code, stdout: "", stderr: `chapterhouse import: ${message}\n` };
}

function parse(args: readonly string[]): { help: true } | { help: false; file: string; into: string } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], strict: true, allowPositionals: true, options: { into: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.values.help === true) return { help: true };
  const into = parsed.values.into;
  if (into === undefined || into === "") return { error: "--into DIR is required" };
  if (parsed.positionals.length !== 1) return { error: "name exactly one bundle file" };
  return { help: false, file: parsed.positionals[0]!, into };
}

function describe(outcome: ImportOutcome): string {
  const plural = (n: number) => `${n} change${n === 1 ? "" : "s"}`;
  switch (outcome.status) {
    case "new":
      return `new        ${outcome.documentId}  (${plural(outcome.changes)})`;
    case "merged": {
      const restored = outcome.restored === 0 ? "" : `, ${outcome.restored} record${outcome.restored === 1 ? "" : "s"} written back`;
      return `merged     ${outcome.documentId}  (+${plural(outcome.changes)}${restored})`;
    }
    case "unchanged":
      return `unchanged  ${outcome.documentId}  (already held everything)`;
  }
}

/**
 * Runs `chapterhouse import` (B6.4). Never throws: bad arguments or a refused bundle give code
 * 2 with the reason (the BundleError's message) and nothing written; a local copy that does not
 * load, or an I/O error, code 1.
 */
export async function runImport(args: readonly string[]): Promise<CommandResult> {
  const request = parse(args);
  if ("error" in request) return failure(EXIT_USAGE, `${request.error}\n\n${HELP}`);
  if (request.help) return { code: EXIT_OK, stdout: HELP, stderr: "" };

  let file: Uint8Array | undefined;
  try {
    file = await readIfPresent(request.file);
  } catch (error) {
    return failure(EXIT_USAGE, `cannot read ${request.file}: ${String(error)}`);
  }
  if (file === undefined) return failure(EXIT_USAGE, `${request.file}: no such file`);

  // All or nothing (B4): the whole file is decoded before DIR is even looked at.
  let documents: BundledDocument[];
  try {
    documents = decodeDocumentBundle(file);
  } catch (error) {
    if (error instanceof BundleError) return failure(EXIT_USAGE, `${request.file}: ${error.message}; nothing was imported`);
    return failure(EXIT_FAILURE, `internal error: ${String(error)}`);
  }

  const folder = await stat(request.into).catch(() => undefined);
  if (folder !== undefined && !folder.isDirectory()) return failure(EXIT_USAGE, `${request.into} is not a folder`);
  const pathOf = (documentId: string) => join(request.into, documentFileName(documentId));

  let outcomes: ImportOutcome[];
  try {
    outcomes = await planImport(documents, (documentId) => readIfPresent(pathOf(documentId)), await createVerifier());
  } catch (error) {
    if (error instanceof LocalDocumentError) return failure(EXIT_FAILURE, `${error.message}; nothing was imported`);
    return failure(EXIT_FAILURE, `cannot read ${request.into}: ${String(error)}; nothing was imported`);
  }

  const written: string[] = [];
  try {
    await mkdir(request.into, { recursive: true });
    for (const outcome of outcomes) {
      if (outcome.status === "unchanged") continue;
      await writeFileAtomically(pathOf(outcome.documentId), outcome.bytes);
      written.push(outcome.documentId);
    }
  } catch (error) {
    // Each file is whole (old or new); the import may be run again: merging is idempotent.
    const done = written.length === 0 ? "nothing was written" : `written before the failure: ${written.join(", ")}`;
    return failure(EXIT_FAILURE, `cannot write into ${request.into}: ${String(error)}; ${done}`);
  }

  const count = (status: ImportOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const summary =
    `imported ${outcomes.length} document${outcomes.length === 1 ? "" : "s"} into ${request.into}: ` +
    `${count("new")} new, ${count("merged")} merged, ${count("unchanged")} unchanged\n`;
  return { code: EXIT_OK, stdout: outcomes.map((outcome) => `${describe(outcome)}\n`).join("") + summary, stderr: "" };
}

/** The `import` command. */
export const importCommand: Command = {
  name: "import",
  summary: "merge the documents of a bundle file into a folder (sync by file)",
  help: HELP,
  run: (args) => runImport(args),
};
