/**
 * The CLI's verified-id cache (PROTOCOL.md S8, `chapterhouse verify --cache DIR`): the ids of
 * records whose signature this device verified, kept in DIR between runs, one file per policy
 * version (`verified-ids-policy-<POLICY_VERSION>.txt`, one id a line, newest first), so a change
 * of policy verifies everything again. An id only skips the signature of a text that hashes to
 * it (R3 comes first); but anyone who can write the file can have a forged record pass as
 * verified, so DIR must be as private as the device's own data.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RecordId } from "@chapterhouse/crdt/records";
import { POLICY_VERSION, type VerifiedIdCache } from "@chapterhouse/crdt/verify";
import { writeFileAtomically } from "./write-file-atomically.js";

/** Most ids the file keeps (about 44 bytes each); past it the oldest are forgotten. */
export const MAX_CACHED_IDS = 2_000_000;

const ID_LINE = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** The file of `dir` for `policy`. */
export function verifiedIdPath(dir: string, policy: number = POLICY_VERSION): string {
  return join(dir, `verified-ids-policy-${policy}.txt`);
}

/** The ids of one file, and those added since it was read. Each instance owns its sets. */
export class VerifiedIdFile implements VerifiedIdCache {
  readonly #known: ReadonlySet<string>;
  readonly #added = new Set<string>();
  /** Ids asked about that were in the file: signatures not checked again. */
  hits = 0;

  private constructor(
    readonly path: string,
    known: ReadonlySet<string>,
  ) {
    this.#known = known;
  }

  /**
   * Reads the cache of `dir` under the current policy; a missing file is an empty cache, and
   * lines that are not record ids are skipped (a torn or edited file only costs checks).
   * @throws the file system's error other than a missing file or folder.
   */
  static async open(dir: string): Promise<VerifiedIdFile> {
    const path = verifiedIdPath(dir);
    let text = "";
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    return new VerifiedIdFile(path, new Set(text.split("\n").filter((line) => ID_LINE.test(line))));
  }

  has(id: RecordId): boolean {
    const known = this.#known.has(id);
    if (known) this.hits++;
    return known;
  }

  add(id: RecordId): void {
    this.#added.add(id);
  }

  /**
   * Writes the ids verified in this run, then the older ones, at most MAX_CACHED_IDS, replacing
   * the file atomically.
   * @throws the file system's error (the folder must exist).
   */
  async save(): Promise<void> {
    const ids = [...this.#added];
    for (const id of this.#known) {
      if (ids.length >= MAX_CACHED_IDS) break;
      if (!this.#added.has(id)) ids.push(id);
    }
    await writeFileAtomically(this.path, new TextEncoder().encode(ids.slice(0, MAX_CACHED_IDS).map((id) => `${id}\n`).join("")));
  }
}
