import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as A from "@automerge/automerge";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChapterDoc, type ChapterDoc } from "../src/documents/chapter.js";
import { createOrganisationDoc, type OrganisationDoc } from "../src/documents/organisation.js";
import { createProposalDoc, type ProposalDoc } from "../src/documents/proposal.js";
import { addRecord } from "../src/documents/record-map.js";
import { hashText } from "../src/encoding/hash.js";
import { fromBase64url } from "../src/encoding/base64url.js";
import { naclSignerFromSeed } from "../src/verify/nacl-signer.js";
import { signRecord } from "../src/records/record.js";
import type { CommandResult } from "./command.js";
import { runCli } from "./commands.js";

// In-process, through the dispatcher, on real files in a fresh temporary folder per test.

const ORGANISATION_ID = "2pQbG8YBHqPaiwMTbAtrLu3MzMdt";
const CHAPTER_ID = "3Jf6oZ1Xa3bH2pkFWtQTWqgF6Fde";
const PROPOSAL_ID = "4NbZqMvw7A3Wh2sVtF8Krj9YcEdx";

const noStdin = { readStdin: () => Promise.reject(new Error("stdin should not be read")) };
const chapterhouse = (...args: string[]): Promise<CommandResult> => runCli(args, noStdin);

const alice = naclSignerFromSeed(fromBase64url(hashText("sync-by-file:alice")));
const bob = naclSignerFromSeed(fromBase64url(hashText("sync-by-file:bob")));

/** A small chapter as three saved documents: organisation, chapter, proposal, with signed records. */
async function chapterDocuments(): Promise<{ organisation: A.Doc<OrganisationDoc>; chapter: A.Doc<ChapterDoc>; proposal: A.Doc<ProposalDoc> }> {
  const genesis = await signRecord(alice, { kind: "genesis", body: { name: "Riverside", level: "neighbourhood" }, at: 1_700_000_000_000 });
  const admit = await signRecord(alice, { kind: "admit", body: { member: bob.publicKey }, at: 1_700_000_001_000, deps: [genesis.id] });
  const created = await signRecord(bob, { kind: "proposal", body: { title: "Open the kitchen on Sundays" }, at: 1_700_000_002_000, deps: [admit.id] });
  const organisation = A.change(createOrganisationDoc(), (d) => addRecord(d.chapters, genesis));
  const chapter = A.change(createChapterDoc(), (d) => {
    addRecord(d.governance, admit);
    addRecord(d.proposals, created);
  });
  let proposal = A.change(createProposalDoc("We open the community kitchen"), (d) => addRecord(d.origin, created));
  proposal = A.change(proposal, (d) => A.splice(d, ["unsigned", "draft"], 29, 0, " on Sundays"));
  return { organisation, chapter, proposal };
}

/** Every file under `root` (relative path → bytes), to prove a folder was left byte-identical. */
async function snapshotFolder(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else files.set(`${prefix}${entry.name}`, (await readFile(join(folder, entry.name))).toString("base64"));
    }
  };
  await walk(root, "");
  return files;
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "chapterhouse-sync-by-file-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes the chapter's documents into `folder` as `<id>.automerge` files. */
async function saveChapter(folder: string, docs: Awaited<ReturnType<typeof chapterDocuments>>): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${ORGANISATION_ID}.automerge`), A.save(docs.organisation));
  await writeFile(join(folder, `${CHAPTER_ID}.automerge`), A.save(docs.chapter));
  await writeFile(join(folder, `${PROPOSAL_ID}.automerge`), A.save(docs.proposal));
}

const loadFile = async <T>(path: string): Promise<A.Doc<T>> => A.load<T>(new Uint8Array(await readFile(path)));

describe("chapterhouse export and import (sync by file)", () => {
  it("[B6] a chapter (organisation, chapter and proposal documents) round-trips through export and import", async () => {
    const docs = await chapterDocuments();
    const source = join(root, "laptop");
    await saveChapter(source, docs);
    await writeFile(join(source, "notes.txt"), "not a document");
    const file = join(root, "usb", "riverside.chbundle");
    await mkdir(join(root, "usb"));

    const exported = await chapterhouse("export", "--out", file, source);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(new RegExp(`exported 3 documents to ${file.replace(/[.]/g, "\\.")} \\(\\d+ bytes\\)\\n$`));

    const target = join(root, "hall", "documents");
    const imported = await chapterhouse("import", file, "--into", target);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`new        ${PROPOSAL_ID}  (3 changes)`);
    expect(imported.stdout).toMatch(/imported 3 documents into .*: 3 new, 0 merged, 0 unchanged\n$/);
    expect((await readdir(target)).sort()).toEqual([ORGANISATION_ID, CHAPTER_ID, PROPOSAL_ID].map((id) => `${id}.automerge`).sort());

    const organisation = await loadFile<OrganisationDoc>(join(target, `${ORGANISATION_ID}.automerge`));
    const chapter = await loadFile<ChapterDoc>(join(target, `${CHAPTER_ID}.automerge`));
    const proposal = await loadFile<ProposalDoc>(join(target, `${PROPOSAL_ID}.automerge`));
    expect(A.getHeads(organisation)).toEqual(A.getHeads(docs.organisation));
    expect(A.getHeads(chapter)).toEqual(A.getHeads(docs.chapter));
    expect(A.getHeads(proposal)).toEqual(A.getHeads(docs.proposal));
    expect(A.toJS(proposal)).toEqual(A.toJS(docs.proposal));
    expect(proposal.unsigned.draft).toBe("We open the community kitchen on Sundays");
    expect(Object.keys(chapter.governance)).toEqual(Object.keys(docs.chapter.governance));
  });

  it("[B4] a truncated, corrupted or foreign bundle is refused with its reason, exit 2, and leaves the folder byte-identical", async () => {
    const docs = await chapterDocuments();
    await saveChapter(join(root, "laptop"), docs);
    const file = join(root, "chapter.bundle");
    expect((await chapterhouse("export", "--out", file, join(root, "laptop"))).code).toBe(0);
    const whole = new Uint8Array(await readFile(file));

    // The receiving folder already holds a diverged proposal: it must survive every refusal.
    const target = join(root, "hall");
    const local = A.change(A.clone(docs.proposal), (d) => A.splice(d, ["unsigned", "draft"], 0, 0, "Draft: "));
    await mkdir(target);
    await writeFile(join(target, `${PROPOSAL_ID}.automerge`), A.save(local));
    const before = await snapshotFolder(target);

    const corrupted = whole.slice();
    corrupted[corrupted.length - 5] = corrupted[corrupted.length - 5]! ^ 0x01;
    const cases: [string, Uint8Array, RegExp][] = [
      ["cut inside the header", whole.slice(0, 40), /bundle refused \(truncated\): the file ends inside its header/],
      ["cut inside the last document", whole.slice(0, whole.length - 10), /bundle refused \(truncated\): the file ends inside document /],
      ["one byte short", whole.slice(0, whole.length - 1), /bundle refused \(truncated\)/],
      ["a flipped byte", corrupted, /bundle refused \(corrupted\): document .* does not match its hash/],
      ["a zip file", new TextEncoder().encode("PK\u0003\u0004 not ours"), /bundle refused \(not-a-bundle\)/],
    ];
    for (const [label, bytes, reason] of cases) {
      const bad = join(root, "bad.bundle");
      await writeFile(bad, bytes);
      const result = await chapterhouse("import", bad, "--into", target);
      expect(result.code, label).toBe(2);
      expect(result.stdout, label).toBe("");
      expect(result.stderr, label).toMatch(/^chapterhouse import: .*bad\.bundle: /);
      expect(result.stderr, label).toMatch(reason);
      expect(result.stderr, label).toMatch(/nothing was imported\n$/);
      expect(await snapshotFolder(target), label).toEqual(before);
    }
    // A refused bundle does not even create a missing folder.
    await writeFile(join(root, "bad.bundle"), whole.slice(0, 100));
    expect((await chapterhouse("import", join(root, "bad.bundle"), "--into", join(root, "absent"))).code).toBe(2);
    await expect(stat(join(root, "absent"))).rejects.toThrow(/ENOENT/);
  });

  it("[B5] importing into a folder holding a diverged copy merges both sides' changes, and importing again changes nothing", async () => {
    const docs = await chapterDocuments();
    const comment = await signRecord(bob, { kind: "comment", body: { text: "Who holds the keys?" }, at: 1_700_000_003_000 });
    const version = await signRecord(alice, { kind: "version", body: { text: "Open the kitchen on Sundays, 10–14" }, at: 1_700_000_004_000 });
    // The hall's copy gained a comment; the laptop's gained a version. Neither has the other's.
    const hall = A.change(A.clone(docs.proposal), (d) => addRecord(d.comments, comment));
    const laptop = A.change(A.clone(docs.proposal), (d) => addRecord(d.versions, version));
    await mkdir(join(root, "laptop"));
    await writeFile(join(root, "laptop", `${PROPOSAL_ID}.automerge`), A.save(laptop));
    await writeFile(join(root, "laptop", `${CHAPTER_ID}.automerge`), A.save(docs.chapter));
    const target = join(root, "hall");
    await mkdir(target);
    await writeFile(join(target, `${PROPOSAL_ID}.automerge`), A.save(hall));

    const file = join(root, "laptop.bundle");
    const exported = await chapterhouse("export", "--out", file, join(root, "laptop", `${PROPOSAL_ID}.automerge`), join(root, "laptop", `${CHAPTER_ID}.automerge`));
    expect(exported.code).toBe(0);
    const imported = await chapterhouse("import", file, "--into", target);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`merged     ${PROPOSAL_ID}  (+1 change)`);
    expect(imported.stdout).toContain(`new        ${CHAPTER_ID}`);
    expect(imported.stdout).toMatch(/1 new, 1 merged, 0 unchanged\n$/);

    const merged = await loadFile<ProposalDoc>(join(target, `${PROPOSAL_ID}.automerge`));
    expect(merged.comments[comment.id]?.val).toBe(comment.text);
    expect(merged.versions[version.id]?.val).toBe(version.text);
    expect([...A.getHeads(merged)].sort()).toEqual([...A.getHeads(hall), ...A.getHeads(laptop)].sort());

    const settled = await snapshotFolder(target);
    const again = await chapterhouse("import", file, "--into", target);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`unchanged  ${PROPOSAL_ID}`);
    expect(again.stdout).toMatch(/0 new, 0 merged, 2 unchanged\n$/);
    expect(await snapshotFolder(target)).toEqual(settled);
  });

  it("[B5] importing a later version of the same documents with records deleted loses none: each is written back", async () => {
    const docs = await chapterDocuments();
    const hall = join(root, "hall");
    await saveChapter(hall, docs);
    const [admit] = Object.keys(docs.chapter.governance);
    const [created] = Object.keys(docs.chapter.proposals);
    const [genesis] = Object.keys(docs.organisation.chapters);
    const comment = await signRecord(bob, { kind: "comment", body: { text: "Who holds the keys?" }, at: 1_700_000_003_000 });
    // A later version of each document, on a laptop: a vandal deleted or overwrote every record,
    // replaced a whole map, and a member added a comment meanwhile.
    const laptop = join(root, "laptop");
    await saveChapter(laptop, {
      organisation: A.change(A.clone(docs.organisation), (d) => {
        (d as unknown as Record<string, unknown>)["chapters"] = "gone";
      }),
      chapter: A.change(A.clone(docs.chapter), (d) => {
        delete d.governance[admit!];
        d.proposals[created!] = new A.ImmutableString("junk");
      }),
      proposal: A.change(A.clone(docs.proposal), (d) => {
        delete d.origin[created!];
        addRecord(d.comments, comment);
      }),
    });
    const file = join(root, "later.bundle");
    expect((await chapterhouse("export", "--out", file, laptop)).code).toBe(0);

    const imported = await chapterhouse("import", file, "--into", hall);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const organisation = await loadFile<OrganisationDoc>(join(hall, `${ORGANISATION_ID}.automerge`));
    const chapter = await loadFile<ChapterDoc>(join(hall, `${CHAPTER_ID}.automerge`));
    const proposal = await loadFile<ProposalDoc>(join(hall, `${PROPOSAL_ID}.automerge`));
    expect(organisation.chapters[genesis!]?.val).toBe(docs.organisation.chapters[genesis!]?.val);
    expect(chapter.governance[admit!]?.val).toBe(docs.chapter.governance[admit!]?.val);
    expect(chapter.proposals[created!]?.val).toBe(docs.chapter.proposals[created!]?.val);
    expect(proposal.origin[created!]?.val).toBe(docs.proposal.origin[created!]?.val);
    expect(proposal.comments[comment.id]?.val).toBe(comment.text);
    expect(imported.stdout).toContain(`merged     ${ORGANISATION_ID}  (+1 change, 1 record written back)`);
    expect(imported.stdout).toContain(`merged     ${CHAPTER_ID}  (+1 change, 2 records written back)`);
    expect(imported.stdout).toContain(`merged     ${PROPOSAL_ID}  (+1 change, 1 record written back)`);

    // The laptop's copy has nothing the hall lacks now: importing again changes nothing.
    const settled = await snapshotFolder(hall);
    const again = await chapterhouse("import", file, "--into", hall);
    expect(again.stdout).toMatch(/0 new, 0 merged, 3 unchanged\n$/);
    expect(await snapshotFolder(hall)).toEqual(settled);
  });

  it("[B6.4] a local copy that does not load refuses the whole import, exit 1, and nothing is written", async () => {
    const docs = await chapterDocuments();
    await saveChapter(join(root, "laptop"), docs);
    const file = join(root, "chapter.bundle");
    expect((await chapterhouse("export", "--out", file, join(root, "laptop"))).code).toBe(0);
    const target = join(root, "hall");
    await mkdir(target);
    const torn = A.save(docs.proposal);
    await writeFile(join(target, `${PROPOSAL_ID}.automerge`), torn.slice(0, torn.length - 8));
    const before = await snapshotFolder(target);

    const result = await chapterhouse("import", file, "--into", target);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`the local copy of ${PROPOSAL_ID} does not load .*; nothing was imported`));
    expect(await snapshotFolder(target)).toEqual(before);
  });

  it("[B6.2] export refuses a damaged document, a misnamed file, an empty folder and a document given twice, writing no bundle", async () => {
    const docs = await chapterDocuments();
    const laptop = join(root, "laptop");
    await saveChapter(laptop, docs);
    const out = join(root, "out.bundle");
    const torn = A.save(docs.chapter);
    await mkdir(join(root, "torn"));
    await writeFile(join(root, "torn", `${CHAPTER_ID}.automerge`), torn.slice(0, torn.length - 3));
    await writeFile(join(root, "chapter.bin"), torn);
    await mkdir(join(root, "empty"));
    await mkdir(join(root, "copy"));
    await writeFile(join(root, "copy", `${CHAPTER_ID}.automerge`), torn);

    const refusals: [string[], RegExp][] = [
      [[join(root, "torn")], /torn\/3Jf6.*\.automerge: the document does not load/],
      [[join(root, "chapter.bin")], /a document file must be named <documentId>\.automerge/],
      [[join(root, "empty")], /the folder holds no <documentId>\.automerge file/],
      [[laptop, join(root, "copy")], new RegExp(`document ${CHAPTER_ID} is given twice`)],
      [[join(root, "missing")], /no such file or folder/],
    ];
    for (const [inputs, reason] of refusals) {
      const result = await chapterhouse("export", "--out", out, ...inputs);
      expect(result.code, inputs.join(" ")).toBe(2);
      expect(result.stderr, inputs.join(" ")).toMatch(reason);
      await expect(stat(out)).rejects.toThrow(/ENOENT/);
    }
  });

  it("[B6] missing arguments are usage errors with exit code 2", async () => {
    expect((await chapterhouse("export", join(root, "x"))).stderr).toMatch(/--out FILE is required/);
    expect((await chapterhouse("export", "--out", join(root, "x"))).code).toBe(2);
    expect((await chapterhouse("import", join(root, "x"))).stderr).toMatch(/--into DIR is required/);
    expect((await chapterhouse("import", "--into", root)).code).toBe(2);
    const missing = await chapterhouse("import", join(root, "nothing.bundle"), "--into", root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nothing\.bundle: no such file/);
  });
});
