// A seeded vote for the app benches, signed once and kept in bench/.cache/ (git-ignored): signing
// a 100,000-voter vote takes minutes, loading it back seconds. What is kept is what the relay
// serves — each document saved (`A.save`) under its URL — and what the bench needs to find the
// vote; the vote bundle of the Node floor is read back from those same bytes, so the floor checks
// exactly the records the app loads.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as A from "@automerge/automerge";
import { snapshotDocument } from "@chapterhouse/crdt/chokepoint";
import { DOCUMENT_TYPES } from "@chapterhouse/crdt/documents";
import { bundleDocumentOfSnapshot, mergeDocuments } from "@chapterhouse/crdt/report";
import { seedVote } from "./seed-organisations.js";

const CACHE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".cache");
/** Bump when seedVote's output changes: older files are then ignored. */
const VERSION = 1;
const TYPES = new Map(DOCUMENT_TYPES.map((type) => [type.name, type]));

/**
 * The vote `seedVote(options)` signs, from the cache when it holds it: `{ saved, bundle, ... }`
 * where `saved` is `[{ type, url, bytes }]`, `bundle` the vote bundle of those documents, and
 * the rest as `seedVote` returns it (without `documents`). `log` is told when it signs.
 */
export async function cachedVote(options, log) {
  const name = `vote-v${VERSION}-${options.voters}-${options.chapters}-${options.rule}-${options.seed ?? "bench"}-${options.arriving ?? 0}.json`;
  const file = path.join(CACHE, name);
  let kept;
  try {
    kept = JSON.parse(await readFile(file, "utf8"));
  } catch {
    log(`signing a vote of ${options.voters} voters (kept in bench/.cache for the next run)…`);
    const { documents, ...vote } = await seedVote(options);
    const saved = documents.save().map(({ type, url, bytes }) => ({ type: type.name, url, bytes: Buffer.from(bytes).toString("base64") }));
    kept = { ...vote, saved };
    await mkdir(CACHE, { recursive: true });
    await writeFile(`${file}.part`, JSON.stringify(kept));
    await rename(`${file}.part`, file);
  }
  const saved = kept.saved.map(({ type, url, bytes }) => ({ type: TYPES.get(type), url, bytes: new Uint8Array(Buffer.from(bytes, "base64")) }));
  const bundle = {
    vote: { proposal: kept.proposal, open: kept.open },
    documents: mergeDocuments(saved.map(({ type, url, bytes }) => bundleDocumentOfSnapshot(url, snapshotDocument(type, A.load(bytes))))),
  };
  return { ...kept, saved, bundle };
}
