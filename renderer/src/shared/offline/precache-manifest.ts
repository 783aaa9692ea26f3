/**
 * The service worker's precache manifest: the built app shell (every file of the build but
 * source maps and the worker itself) and a version that changes whenever any of those files
 * changes. Made at build time by the Vite plugin in `vite.config.ts`, which puts it in front of
 * `sw.js` as `self.__CHAPTERHOUSE_PRECACHE__`; read by the service worker.
 */

/** What the service worker precaches. */
export interface PrecacheManifest {
  /** Hex digest of the files' names and bytes: the cache is `chapterhouse-app-<version>`. */
  readonly version: string;
  /** Paths relative to the app's base (the service worker's scope), sorted. */
  readonly files: readonly string[];
}

/** The global the build sets in `sw.js`. */
export const PRECACHE_GLOBAL = "__CHAPTERHOUSE_PRECACHE__";

/** The service worker's file name, at the app's base (so its scope is the whole app). */
export const SERVICE_WORKER_FILE = "sw.js";

/** Guard for the manifest found in `sw.js`. Never throws. */
export function isPrecacheManifest(value: unknown): value is PrecacheManifest {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m["version"] === "string" &&
    /^[0-9a-f]{16,64}$/.test(m["version"]) &&
    Array.isArray(m["files"]) &&
    (m["files"] as unknown[]).every((f) => typeof f === "string" && f !== "" && !f.startsWith("/") && !f.includes(".."))
  );
}

/** Of a build's file names, those to precache: no source maps, no hidden files, not `sw.js` itself; sorted. */
export function precacheFiles(names: Iterable<string>): string[] {
  return [...new Set(names)]
    .filter((name) => !name.endsWith(".map") && name !== SERVICE_WORKER_FILE && !name.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/**
 * The manifest of `files` (name → bytes): the precached names and a SHA-256 over each name and
 * its bytes, in name order (first 16 bytes, hex).
 * @throws (as a rejected promise) if WebCrypto's digest is missing (build machines have it).
 */
export async function precacheManifest(files: ReadonlyMap<string, Uint8Array>): Promise<PrecacheManifest> {
  const names = precacheFiles(files.keys());
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const name of names) parts.push(encoder.encode(`${name}\0`), files.get(name) ?? new Uint8Array(0), encoder.encode("\0"));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", all));
  const version = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { version, files: names };
}
