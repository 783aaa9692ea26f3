import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BundleError, decodeDocumentBundle, type BundledDocument } from "@chapterhouse/crdt/bundle";
import { writeFileAtomically } from "@chapterhouse/crdt/cli";
import { CrashSafeStorageAdapter } from "./crash-safe-storage-adapter.js";
import { defaultDataDir } from "./default-data-dir.js";
import { exportStore, UnknownDocumentError } from "./export-store.js";
import { ImportRefusedError, importIntoStore, type StoreImportOutcome } from "./import-into-store.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { StoredDocumentError } from "./stored-document.js";

/** What a store command printed and its exit code. */
export interface StoreCommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The subcommands of `chapterhouse-relay` that work on a store instead of running a relay. */
export const STORE_COMMANDS = ["export", "import"] as const;

export const STORE_USAGE = `Usage: chapterhouse-relay export [--data DIR] --out FILE [documentId…]
       chapterhouse-relay import FILE [--data DIR] [--max-document-bytes N] [--max-document-ops N]

Sync by file with a relay's store (docs/PROTOCOL.md W8, bundle format B1). Stop the relay
first: these open its store folder as the relay does.

  export   writes the documents named (default: every stored document) into one bundle FILE
  import   merges the documents of a bundle FILE into the store, never replacing what it holds;
           a bundle that is truncated, corrupted, foreign, or over the document limits is
           refused with its reason and the store is left untouched
  --data   the store (default: the relay's default data folder)

Exit status: 0 done, 2 bad arguments or a refused bundle, 1 a damaged store or an I/O error.
`;

const result = (code: number, stdout: string, stderr = ""): StoreCommandResult => ({ code, stdout, stderr });
const failure = (command: string, code: number, message: string) => result(code, "", `chapterhouse-relay ${command}: ${message}\n`);

/**
 * Runs `chapterhouse-relay export|import …` (W8). `argv` starts with the subcommand; env,
 * platform and home give the default data folder. Never throws: every failure is an exit
 * code with a message.
 */
export async function runStoreCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
): Promise<StoreCommandResult> {
  const [command, ...rest] = argv;
  if (command !== "export" && command !== "import") return failure(String(command), 2, `unknown command\n\n${STORE_USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        data: { type: "string" },
        ...(command === "export"
          ? { out: { type: "string" as const } }
          : { "max-document-bytes": { type: "string" as const }, "max-document-ops": { type: "string" as const } }),
      },
    });
  } catch (error) {
    return failure(command, 2, `${error instanceof Error ? error.message : String(error)}\n\n${STORE_USAGE}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) return result(0, STORE_USAGE);
  const dataDir = resolve(typeof values.data === "string" && values.data !== "" ? values.data : defaultDataDir(platform, env, home));
  try {
    return command === "export"
      ? await runExport(dataDir, values, parsed.positionals)
      : await runImport(dataDir, values, parsed.positionals);
  } catch (error) {
    if (error instanceof UsageError) return failure(command, 2, error.message);
    if (error instanceof BundleError || error instanceof ImportRefusedError || error instanceof UnknownDocumentError) {
      return failure(command, 2, `${error.message}; nothing was ${command === "export" ? "written" : "imported"}`);
    }
    if (error instanceof StoredDocumentError) return failure(command, 1, `${error.message}; nothing was ${command === "export" ? "written" : "imported"}`);
    return failure(command, 1, error instanceof Error ? error.message : String(error));
  }
}

class UsageError extends Error {}

async function runExport(dataDir: string, values: Record<string, string | boolean | undefined>, documentIds: readonly string[]): Promise<StoreCommandResult> {
  const out = values.out;
  if (typeof out !== "string" || out === "") throw new UsageError("--out FILE is required");
  // Exporting must not create a store: a mistyped --data would otherwise export nothing, silently.
  if ((await stat(join(dataDir, "chunks")).catch(() => undefined))?.isDirectory() !== true) {
    throw new UsageError(`${dataDir} holds no relay store (no chunks/ folder)`);
  }
  const storage = await CrashSafeStorageAdapter.open(dataDir);
  const { bundle, documents } = await exportStore(storage, documentIds);
  await writeFileAtomically(out, bundle);
  const lines = documents.map(({ documentId, bytes }) => `${documentId}  ${bytes.length} bytes\n`).join("");
  return result(0, `${lines}exported ${documents.length} document${documents.length === 1 ? "" : "s"} from ${dataDir} to ${out} (${bundle.length} bytes)\n`);
}

async function runImport(dataDir: string, values: Record<string, string | boolean | undefined>, positionals: readonly string[]): Promise<StoreCommandResult> {
  if (positionals.length !== 1) throw new UsageError("name exactly one bundle file");
  const file = positionals[0]!;
  const limits = {
    maxDocumentBytes: integer(values["max-document-bytes"], "--max-document-bytes") ?? DEFAULT_LIMITS.maxDocumentBytes,
    maxDocumentOps: integer(values["max-document-ops"], "--max-document-ops") ?? DEFAULT_LIMITS.maxDocumentOps,
    maxInflatedBytesInMemory: DEFAULT_LIMITS.maxInflatedBytesInMemory,
  };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The whole bundle is decoded before the store is opened (B4): a refused file touches nothing.
  let documents: BundledDocument[];
  try {
    documents = decodeDocumentBundle(bytes);
  } catch (error) {
    if (error instanceof BundleError) return failure("import", 2, `${file}: ${error.message}; nothing was imported`);
    throw error;
  }
  const storage = await CrashSafeStorageAdapter.open(dataDir);
  const outcomes = await importIntoStore(storage, documents, limits);
  const count = (status: StoreImportOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  const lines = outcomes.map(({ documentId, status, changes }) => {
    const what = status === "unchanged" ? "already held everything" : `${status === "merged" ? "+" : ""}${changes} change${changes === 1 ? "" : "s"}`;
    return `${status.padEnd(9)}  ${documentId}  (${what})\n`;
  });
  return result(
    0,
    `${lines.join("")}imported ${outcomes.length} document${outcomes.length === 1 ? "" : "s"} into ${dataDir}: ${count("new")} new, ${count("merged")} merged, ${count("unchanged")} unchanged\n`,
  );
}

function integer(value: string | boolean | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} must be a non-negative integer`);
  }
  return Number(value);
}
