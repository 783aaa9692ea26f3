import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import * as A from "@automerge/automerge";
import { generateAutomergeUrl, type DocumentId } from "@automerge/automerge-repo";
import { encodeDocumentBundle } from "@chapterhouse/crdt/bundle";
import {
  addRecord,
  createChapterDoc,
  createOrganisationDoc,
  createProposalDoc,
  type ChapterDoc,
  type OrganisationDoc,
  type ProposalDoc,
} from "@chapterhouse/crdt/documents";
import { fromBase64url, hashText } from "@chapterhouse/crdt/encoding";
import { signRecord } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runStoreCommand, type StoreCommandResult } from "../src/store-commands.js";
import { connectPeer } from "./helpers/connect-peer.js";
import { listFilesRecursively } from "./helpers/list-files.js";
import { startTestRelay } from "./helpers/start-test-relay.js";
import { tempDir } from "./helpers/temp-dir.js";
import { waitForRelayHeads } from "./helpers/wait-for-relay-heads.js";

const builtCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const relayCli = (...args: string[]): Promise<StoreCommandResult> => runStoreCommand(args, {}, "linux", "/nonexistent-home");

const alice = naclSignerFromSeed(fromBase64url(hashText("store-bundle:alice")));
const bob = naclSignerFromSeed(fromBase64url(hashText("store-bundle:bob")));

/** A small chapter made with crdt's constructors, with a few signed records. */
async function chapterDocuments(): Promise<{ organisation: A.Doc<OrganisationDoc>; chapter: A.Doc<ChapterDoc>; proposal: A.Doc<ProposalDoc> }> {
  const genesis = await signRecord(alice, { kind: "genesis", body: { name: "Riverside" }, at: 1_700_000_000_000 });
  const admit = await signRecord(alice, { kind: "admit", body: { member: bob.publicKey }, at: 1_700_000_001_000, deps: [genesis.id] });
  const created = await signRecord(bob, { kind: "proposal", body: { title: "Open the kitchen on Sundays" }, at: 1_700_000_002_000, deps: [admit.id] });
  return {
    organisation: A.change(createOrganisationDoc(), (d) => addRecord(d.chapters, genesis)),
    chapter: A.change(createChapterDoc(), (d) => {
      addRecord(d.governance, admit);
      addRecord(d.proposals, created);
    }),
    proposal: A.change(createProposalDoc("We open the community kitchen on Sundays"), (d) => addRecord(d.origin, created)),
  };
}

/** Every file under `root` with its bytes, to prove a store was left byte-identical. */
async function snapshotFolder(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await listFilesRecursively(root)) files[path] = (await readFile(join(root, path))).toString("base64");
  return files;
}

let dir: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir("store-bundle");
});
afterEach(async () => {
  await dir.remove();
});

/** Stores `docs` in a relay's data folder the way members would: a peer syncs them in, the relay closes. */
async function storeThroughRelay(docs: readonly A.Doc<unknown>[]): Promise<{ root: string; dataDir: string; ids: DocumentId[] }> {
  const root = join(dir.path, "relay");
  await mkdir(root);
  const test = await startTestRelay({ root });
  const peer = await connectPeer("alice", test.clientUrl);
  const ids: DocumentId[] = [];
  for (const doc of docs) {
    const handle = peer.repo.import(A.save(doc));
    await waitForRelayHeads(test.relay.repo, handle.documentId, handle.heads());
    ids.push(handle.documentId);
  }
  await peer.close();
  await test.relay.close(); // flushes every document to the data folder
  return { root, dataDir: join(root, "data"), ids };
}

describe("chapterhouse-relay export and import (sync by file with a relay's store)", () => {
  it("[W8] a chapter round-trips: exported from one relay's store, imported into another's, and a fresh peer receives it there", async () => {
    const docs = await chapterDocuments();
    const first = await storeThroughRelay([docs.organisation, docs.chapter, docs.proposal]);
    const file = join(dir.path, "riverside.bundle");
    const exported = await relayCli("export", "--data", first.dataDir, "--out", file);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    for (const id of first.ids) expect(exported.stdout).toContain(`${id}  `);
    expect(exported.stdout).toMatch(/exported 3 documents from .* to .*riverside\.bundle \(\d+ bytes\)\n$/);

    const secondRoot = join(dir.path, "hall");
    const imported = await relayCli("import", file, "--data", join(secondRoot, "data"));
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported 3 documents into .*: 3 new, 0 merged, 0 unchanged\n$/);

    const second = await startTestRelay({ root: secondRoot });
    try {
      const carol = await connectPeer("carol", second.clientUrl);
      const [organisationId, chapterId, proposalId] = first.ids as [DocumentId, DocumentId, DocumentId];
      const organisation = await carol.repo.find<OrganisationDoc>(organisationId);
      const chapter = await carol.repo.find<ChapterDoc>(chapterId);
      const proposal = await carol.repo.find<ProposalDoc>(proposalId);
      expect(A.getHeads(organisation.doc())).toEqual(A.getHeads(docs.organisation));
      expect(A.getHeads(chapter.doc())).toEqual(A.getHeads(docs.chapter));
      expect(A.toJS(proposal.doc())).toEqual(A.toJS(docs.proposal));
      await carol.close();
    } finally {
      await second.relay.close();
    }
  });

  it("[W8.3] a truncated, corrupted or foreign bundle is refused with its reason, exit 2, and the store is byte-identical afterwards", async () => {
    const docs = await chapterDocuments();
    const stored = await storeThroughRelay([docs.proposal]);
    const comment = await signRecord(bob, { kind: "comment", body: { text: "Who holds the keys?" }, at: 1_700_000_003_000 });
    const changed = A.change(A.clone(docs.proposal), (d) => addRecord(d.comments, comment));
    const whole = encodeDocumentBundle([{ documentId: stored.ids[0]!, bytes: A.save(changed) }]);
    const corrupted = whole.slice();
    corrupted[corrupted.length - 4] = corrupted[corrupted.length - 4]! ^ 0x10;
    const before = await snapshotFolder(stored.dataDir);
    const cases: [string, Uint8Array, RegExp][] = [
      ["cut in the middle", whole.slice(0, Math.floor(whole.length / 2)), /bundle refused \(truncated\)/],
      ["one byte short", whole.slice(0, whole.length - 1), /bundle refused \(truncated\): the file ends inside document /],
      ["a flipped byte", corrupted, /bundle refused \(corrupted\)/],
      ["a foreign file", new TextEncoder().encode("%PDF-1.7 not a bundle"), /bundle refused \(not-a-bundle\)/],
    ];
    const file = join(dir.path, "bad.bundle");
    for (const [label, bytes, reason] of cases) {
      await writeFile(file, bytes);
      const result = await relayCli("import", file, "--data", stored.dataDir);
      expect(result.code, label).toBe(2);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).toMatch(/^chapterhouse-relay import: .*bad\.bundle: /);
      expect(result.stderr, label).toMatch(reason);
      expect(result.stderr, label).toMatch(/nothing was imported\n$/);
      expect(await snapshotFolder(stored.dataDir), label).toEqual(before);
    }
    // Nor does a refused file create a store that was not there.
    const absent = join(dir.path, "absent");
    expect((await relayCli("import", file, "--data", absent)).code).toBe(2);
    expect(existsSync(absent)).toBe(false);
  });

  it("[W8.3] importing into a store holding a diverged copy merges both sides' changes, and a fresh peer receives both", async () => {
    const docs = await chapterDocuments();
    const comment = await signRecord(bob, { kind: "comment", body: { text: "Who holds the keys?" }, at: 1_700_000_003_000 });
    const version = await signRecord(alice, { kind: "version", body: { text: "Sundays, 10–14" }, at: 1_700_000_004_000 });
    const relayCopy = A.change(A.clone(docs.proposal), (d) => addRecord(d.comments, comment));
    const roomCopy = A.change(A.clone(docs.proposal), (d) => addRecord(d.versions, version));
    const stored = await storeThroughRelay([relayCopy]);
    const proposalId = stored.ids[0]!;
    const file = join(dir.path, "room.bundle");
    await writeFile(file, encodeDocumentBundle([{ documentId: proposalId, bytes: A.save(roomCopy) }]));

    const imported = await relayCli("import", file, "--data", stored.dataDir);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`merged     ${proposalId}  (+1 change)`);
    const settled = await snapshotFolder(stored.dataDir);
    const again = await relayCli("import", file, "--data", stored.dataDir);
    expect(again.stdout).toContain(`unchanged  ${proposalId}  (already held everything)`);
    expect(await snapshotFolder(stored.dataDir)).toEqual(settled);

    const relay = await startTestRelay({ root: stored.root });
    try {
      const carol = await connectPeer("carol", relay.clientUrl);
      const handle = await carol.repo.find<ProposalDoc>(proposalId);
      expect(handle.doc().comments[comment.id]?.val).toBe(comment.text);
      expect(handle.doc().versions[version.id]?.val).toBe(version.text);
      expect([...A.getHeads(handle.doc())].sort()).toEqual([...A.getHeads(relayCopy), ...A.getHeads(roomCopy)].sort());
      await carol.close();
    } finally {
      await relay.relay.close();
    }
  });

  it("[W8.3] a document the import would take past the relay's operation limit is refused and nothing is written", async () => {
    const docs = await chapterDocuments();
    const stored = await storeThroughRelay([docs.chapter]);
    const big = A.change(A.clone(docs.chapter), (d) => {
      for (let i = 0; i < 200; i++) (d.unsigned as Record<string, number>)[`n${i}`] = i;
    });
    const file = join(dir.path, "big.bundle");
    await writeFile(file, encodeDocumentBundle([{ documentId: stored.ids[0]!, bytes: A.save(big) }]));
    const before = await snapshotFolder(stored.dataDir);
    const result = await relayCli("import", file, "--data", stored.dataDir, "--max-document-ops", "150");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/would hold \d+ operations, over the limit of 150 \(--max-document-ops\); nothing was imported/);
    expect(await snapshotFolder(stored.dataDir)).toEqual(before);
    expect((await relayCli("import", file, "--data", stored.dataDir)).code).toBe(0);
  });

  it("[W8.2] export refuses an id the store does not hold, a folder that is not a store, and a missing --out", async () => {
    const docs = await chapterDocuments();
    const stored = await storeThroughRelay([docs.organisation]);
    const out = join(dir.path, "out.bundle");
    const unknown = await relayCli("export", "--data", stored.dataDir, "--out", out, generateAutomergeUrl().slice("automerge:".length));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/is not in the store; nothing was written/);
    const malformed = await relayCli("export", "--data", stored.dataDir, "--out", out, "../../etc/passwd");
    expect(malformed.stderr).toMatch(/is not a document id/);
    await mkdir(join(dir.path, "empty"));
    const notStore = await relayCli("export", "--data", join(dir.path, "empty"), "--out", out);
    expect(notStore.code).toBe(2);
    expect(notStore.stderr).toMatch(/holds no relay store/);
    expect(existsSync(join(dir.path, "empty", "chunks"))).toBe(false);
    expect((await relayCli("export", "--data", stored.dataDir)).stderr).toMatch(/--out FILE is required/);
    expect(existsSync(out)).toBe(false);
    const one = await relayCli("export", "--data", stored.dataDir, "--out", out, stored.ids[0]!);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/exported 1 document from/);
  });

  it("[W8] the built chapterhouse-relay exports and imports, and refuses a truncated bundle with exit code 2", async () => {
    expect(existsSync(builtCli), "build sync-server first: npx tsc -b sync-server").toBe(true);
    const docs = await chapterDocuments();
    const stored = await storeThroughRelay([docs.proposal]);
    const file = join(dir.path, "p.bundle");
    const run = (...args: string[]) => spawnSync(process.execPath, [builtCli, ...args], { encoding: "utf8", timeout: 20_000 });
    const exported = run("export", "--data", stored.dataDir, "--out", file);
    expect(exported.stderr).toBe("");
    expect(exported.status).toBe(0);
    await writeFile(join(dir.path, "cut.bundle"), (await readFile(file)).subarray(0, 60));
    const refused = run("import", join(dir.path, "cut.bundle"), "--data", join(dir.path, "other"));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^chapterhouse-relay import: .*cut\.bundle: bundle refused \(truncated\)/);
    const imported = run("import", file, "--data", join(dir.path, "other"));
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/1 new, 0 merged, 0 unchanged/);
  });
});
