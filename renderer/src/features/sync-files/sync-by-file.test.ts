import * as A from "@automerge/automerge";
import { BundleError, decodeDocumentBundle, encodeDocumentBundle } from "@chapterhouse/crdt/bundle";
import type { ImportBundleResult } from "@chapterhouse/crdt/desktop";
import { ATTACHMENT_DOCUMENT, createAttachmentDoc, createProposalDoc } from "@chapterhouse/crdt/documents";
import { hashBytes } from "@chapterhouse/crdt/encoding";
import { attachmentBytes } from "@chapterhouse/crdt/resources";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { afterEach, describe, expect, it } from "vitest";
import { memberDevice, type MemberDevice } from "../../../test/helpers/member-device.js";
import { documentIdOf, documentUrlOf } from "../../shared/documents/document-ids.js";
import { foundChapter } from "../organisation/found-chapter.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import type { BundleFiles } from "../../shared/platform/platform.js";
import { exportOrganisation } from "./export-organisation.js";
import { importBundleFile } from "./import-bundle-file.js";
import { openImportedOrganisations } from "./imported-organisations.js";
import { organisationDocuments } from "./organisation-documents.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A device with an identity and no relay at all. */
async function member(name: string): Promise<MemberDevice> {
  const device = memberDevice(name);
  cleanups.push(() => device.close());
  const created = await device.identity.create({ name, passphrase: `${name}'s passphrase` });
  if (created.type !== "created") throw new Error(created.problem);
  return device;
}

/**
 * Bundle files over memory, as both platforms behave: an export is encoded and decoded strictly
 * (E10.2) and kept as `saved`; an import hands over the next file, decoded strictly or refused.
 */
function memoryFiles() {
  const saved: Uint8Array[] = [];
  const toOpen: Uint8Array[] = [];
  const files: BundleFiles = {
    exportBundle(request) {
      const bytes = encodeDocumentBundle(request.documents);
      decodeDocumentBundle(bytes);
      saved.push(bytes);
      return Promise.resolve({ type: "saved", fileName: request.suggestedName, documents: request.documents.length });
    },
    importBundle(): Promise<ImportBundleResult> {
      const bytes = toOpen.shift();
      if (bytes === undefined) return Promise.resolve({ type: "cancelled" });
      try {
        return Promise.resolve({ type: "imported", fileName: "carried.chapterhouse", documents: decodeDocumentBundle(bytes) });
      } catch (error) {
        if (error instanceof BundleError) return Promise.resolve({ type: "invalid", fileName: "carried.chapterhouse", reason: error.message });
        throw error;
      }
    },
    onMenuCommand: () => () => undefined,
  };
  return { files, saved, open: (bytes: Uint8Array) => toOpen.push(bytes) };
}

/** Alice's organisation: the international chapter, a neighbourhood, and one proposal with its document. */
async function aliceOrganisation(alice: MemberDevice) {
  const space = alice.space();
  const { organisation, chapter: root } = await startOrganisation(space, {
    name: "Riverside Tenants",
    place: null,
    admission: { sponsors: 1, countersign: false },
    relays: [],
  });
  const session = space.organisation(organisation);
  const neighbourhood = await foundChapter(space, session, {
    parent: root,
    name: "Old Quay",
    level: "neighbourhood",
    place: null,
    admission: { sponsors: 1, countersign: false },
  });
  const proposalHandle = space.repo.import(A.save(createProposalDoc("Plant an orchard")));
  const proposal = await space.sign("proposal", { chapter: root, title: "An orchard", document: documentUrlOf(proposalHandle.url) }, [root]);
  const view = await session.refresh();
  const rootDocument = view.roster.chapters.get(root)!.document;
  await space.documents.write(rootDocument, "proposals", [proposal]);
  return { space, session, organisation, root, neighbourhood, proposalUrl: documentUrlOf(proposalHandle.url) };
}

async function exportFrom(device: MemberDevice, files: BundleFiles, organisation: ReturnType<typeof documentUrlOf>) {
  const space = device.space();
  const view = await space.organisation(organisation).refresh();
  return exportOrganisation({ repo: space.repo, verifier: await createVerifier(), bundleFiles: files, organisation, name: "Riverside Tenants", roster: view.roster });
}

describe("sync by file in the app", () => {
  it("[B5] an organisation's documents held here are its Organisation, Chapter and Proposal documents, followed only from signed records of its members", async () => {
    const alice = await member("alice");
    const { space, organisation, session, proposalUrl } = await aliceOrganisation(alice);
    const view = await session.refresh();
    const held = await organisationDocuments({ repo: space.repo, organisation, roster: view.roster, verifier: await createVerifier() });
    expect(held.map((d) => d.kind)).toEqual(["organisation", "chapter", "chapter", "proposal"]);
    expect(held.map((d) => d.url)).toContain(proposalUrl);

    // A stranger's signed proposal record naming another document this device holds is not followed.
    const mallory = await member("mallory");
    const elsewhere = space.repo.import(A.save(createProposalDoc("private")));
    const root = view.root!;
    const forged = await mallory.space().sign("proposal", { chapter: root, title: "Junk", document: documentUrlOf(elsewhere.url) }, [root]);
    await space.documents.write(view.roster.chapters.get(root)!.document, "proposals", [forged]);
    const again = await organisationDocuments({ repo: space.repo, organisation, roster: (await session.refresh()).roster, verifier: await createVerifier() });
    expect(again.map((d) => d.url)).not.toContain(documentUrlOf(elsewhere.url));
    expect(again).toHaveLength(4);
  });

  it("[B5] bob, with no relay at all, imports alice's file: everything is new, and the fold reads her organisation, chapters and roster", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { organisation, root, neighbourhood } = await aliceOrganisation(alice);
    const { files, saved, open } = memoryFiles();
    const exported = await exportFrom(alice, files, organisation);
    expect(exported).toEqual({
      type: "saved",
      fileName: "Riverside Tenants.chapterhouse",
      counts: { organisation: 1, chapter: 2, proposal: 1, "ballot-box": 0, attachment: 0, other: 0 },
    });

    open(saved[0]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error(`not merged: ${imported.type}`);
    expect(imported.documents.map((d) => [d.kind, d.status])).toEqual([
      ["organisation", "new"],
      ["chapter", "new"],
      ["chapter", "new"],
      ["proposal", "new"],
    ]);
    const opened = await openImportedOrganisations(bob.space(), imported.documents);
    expect(opened).toEqual([{ url: organisation, root, name: "Riverside Tenants" }]);
    const view = await bob.space().organisation(organisation).until((v) => v.waiting === 0 && v.roster.chapters.size === 2 && v.roster.chapters.get(root)!.members.size === 1, "bob reads alice's roster", 10_000);
    expect([...view.roster.chapters.values()].map((c) => c.name).sort()).toEqual(["Old Quay", "Riverside Tenants"]);
    expect([...view.roster.chapters.get(root)!.members.keys()]).toEqual([alice.space().member.key]);
    expect(view.roster.chapters.get(neighbourhood)!.parent).toBe(root);

    // The same file again changes nothing.
    open(saved[0]!);
    const twice = await importBundleFile(files, bob.space().repo, 200);
    expect(twice.type === "merged" && twice.documents.map((d) => d.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });

  it("[RS3] [B5] a file of a chapter's library travels in the bundle: bob, with no relay, reads its bytes intact (RS3.3), so its preview works offline", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { space, session, organisation, root } = await aliceOrganisation(alice);
    const bytes = new TextEncoder().encode("Bring a ladder and gloves.");
    const document = space.documents.create(ATTACHMENT_DOCUMENT, A.save(createAttachmentDoc(bytes)), organisation);
    const file = { document, name: "list.txt", type: "text/plain", size: bytes.length, hash: hashBytes(bytes) };
    const resource = await space.sign("resource", { chapter: root, title: "What to bring", description: "", folder: "", tags: [], link: null, file }, [root]);
    const rootDocument = (await session.refresh()).roster.chapters.get(root)!.document;
    await space.documents.write(rootDocument, "resources", [resource]);
    const { files, saved, open } = memoryFiles();
    const exported = await exportFrom(alice, files, organisation);
    expect(exported.type === "saved" && exported.counts.attachment).toBe(1);
    open(saved[0]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error(`not merged: ${imported.type}`);
    expect(imported.documents.filter((d) => d.kind === "attachment").map((d) => [d.documentId, d.status])).toEqual([[documentIdOf(document), "new"]]);
    const held = await bob.space().repo.find<unknown>(documentIdOf(document));
    expect(attachmentBytes(held.doc(), file)).toEqual({ state: "intact", bytes });
  });

  /** A resource of alice's root chapter whose Attachment document holds `held` (the file signed is `bytes`). */
  async function libraryFile(alice: Awaited<ReturnType<typeof aliceOrganisation>>, title: string, bytes: Uint8Array, held: Uint8Array = bytes) {
    const { space, session, organisation, root } = alice;
    const document = space.documents.create(ATTACHMENT_DOCUMENT, A.save(createAttachmentDoc(held)), organisation);
    const file = { document, name: `${title}.txt`, type: "text/plain", size: bytes.length, hash: hashBytes(bytes) };
    const resource = await space.sign("resource", { chapter: root, title, description: "", folder: "", tags: [], link: null, file }, [root]);
    const rootDocument = (await session.refresh()).roster.chapters.get(root)!.document;
    await space.documents.write(rootDocument, "resources", [resource]);
    return { document, file };
  }

  it("[RS3.3] [B5] a bundle carrying a truncated and a forged file: each is read as damaged (the screen says its bytes do not match what its author signed, and never shows them), and nothing else of the bundle is lost: the organisation, its chapters, its library and an intact file all arrive", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const org = await aliceOrganisation(alice);
    const ladder = new TextEncoder().encode("Bring a ladder and gloves.");
    const rota = new TextEncoder().encode("Monday: Ana. Tuesday: Ben.");
    const minutes = new TextEncoder().encode("The assembly agreed to repaint.");
    const intact = await libraryFile(org, "What to bring", ladder);
    const truncated = await libraryFile(org, "Rota", rota, rota.slice(0, 10));
    const forged = await libraryFile(org, "Minutes", minutes, new TextEncoder().encode("The assembly agreed to resign."));
    const { files, saved, open } = memoryFiles();
    const exported = await exportFrom(alice, files, org.organisation);
    expect(exported.type === "saved" && exported.counts.attachment).toBe(3);
    open(saved[0]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error(`not merged: ${imported.type}`);
    // Nothing of the bundle is refused for a damaged file: every document is merged, new.
    expect(imported.documents.map((d) => `${d.kind} ${d.status}`).sort()).toEqual(["attachment new", "attachment new", "attachment new", "chapter new", "chapter new", "organisation new", "proposal new"]);
    const read = async ({ document, file }: { readonly document: typeof intact.document; readonly file: typeof intact.file }) => attachmentBytes((await bob.space().repo.find<unknown>(documentIdOf(document))).doc(), file);
    expect(await read(intact)).toEqual({ state: "intact", bytes: ladder });
    expect(await read(truncated)).toEqual({ state: "damaged" });
    expect(await read(forged)).toEqual({ state: "damaged" });
    await openImportedOrganisations(bob.space(), imported.documents);
    const view = await bob.space().organisation(org.organisation).until((v) => v.roster.chapters.has(org.neighbourhood), "bob reads alice's chapters", 10_000);
    expect(view.roster.chapters.get(org.root)!.name).toBe("Riverside Tenants");
  });

  it("[RS3.3] [D9] [B5] write-back by file: bob lacks a file's bytes (his copy of its document holds only a vandal's truncated bytes, written before alice's arrived); alice's bundle stores her intact bytes beside them, so the resource previews", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const org = await aliceOrganisation(alice);
    const ladder = new TextEncoder().encode("Bring a ladder and gloves.");
    const { document, file } = await libraryFile(org, "What to bring", ladder);
    // Bob holds the document already, as a vandal left it: its creation, then bytes of the vandal's beside alice's (concurrent to hers).
    const aliceCopy = await alice.space().repo.find<{ bytes: Uint8Array }>(documentIdOf(document));
    const [creation, attach] = A.getAllChanges(aliceCopy.doc());
    expect(attach).toBeDefined();
    const [created] = A.applyChanges(A.init<{ bytes: Uint8Array }>(), [creation!]);
    const vandalised = A.change(created, (doc) => {
      doc.bytes = ladder.slice(0, 5);
    });
    const bobCopy = bob.space().repo.import<unknown>(A.save(vandalised), { docId: documentIdOf(document) });
    expect(attachmentBytes(bobCopy.doc(), file)).toEqual({ state: "damaged" });
    const { files, saved, open } = memoryFiles();
    await exportFrom(alice, files, org.organisation);
    open(saved[0]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error(`not merged: ${imported.type}`);
    expect(imported.documents.filter((d) => d.kind === "attachment").map((d) => [d.documentId, d.status])).toEqual([[documentIdOf(document), "updated"]]);
    const held = await bob.space().repo.find<unknown>(documentIdOf(document));
    expect(attachmentBytes(held.doc(), file)).toEqual({ state: "intact", bytes: ladder });
  });

  it("[B5] importing merges, never overwrites: bob's own change survives, alice's later changes arrive as updated and new", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { organisation, session, root } = await aliceOrganisation(alice);
    const { files, saved, open } = memoryFiles();
    await exportFrom(alice, files, organisation);
    open(saved[0]!);
    await importBundleFile(files, bob.space().repo, 200);

    // Bob writes to his copy; alice founds another chapter and exports again.
    const bobOrg = await bob.space().repo.find<Record<string, unknown>>(documentIdOf(organisation));
    bobOrg.change((doc) => {
      doc["unsigned"] = { note: "bob was here" };
    });
    const city = await foundChapter(alice.space(), session, { parent: root, name: "Harbour City", level: "city", place: null, admission: { sponsors: 1, countersign: false } });
    await exportFrom(alice, files, organisation);
    open(saved[1]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error("not merged");
    // Chapters come in roster order (by id), so compare as a sorted list.
    expect(imported.documents.map((d) => `${d.kind} ${d.status}`).sort()).toEqual([
      "chapter new",
      "chapter unchanged",
      "chapter unchanged",
      "organisation updated",
      "proposal unchanged",
    ]);
    expect((bobOrg.doc()["unsigned"] as { note?: string }).note).toBe("bob was here");
    await openImportedOrganisations(bob.space(), imported.documents);
    const view = await bob.space().organisation(organisation).until((v) => v.roster.chapters.has(city), "bob reads the new chapter", 10_000);
    expect(view.roster.chapters.get(city)!.name).toBe("Harbour City");
  });

  it("[B5] an organisation page opened before the file came (its document unavailable here) reads the organisation once it is imported", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { organisation, root } = await aliceOrganisation(alice);
    const { files, saved, open } = memoryFiles();
    await exportFrom(alice, files, organisation);
    const early = bob.space().organisation(organisation);
    await early.until((v) => v.state === "unavailable", "bob's copy is unavailable", 10_000);
    open(saved[0]!);
    const imported = await importBundleFile(files, bob.space().repo, 200);
    if (imported.type !== "merged") throw new Error("not merged");
    expect(await openImportedOrganisations(bob.space(), imported.documents, 10_000)).toEqual([{ url: organisation, root, name: "Riverside Tenants" }]);
    expect(early.view.get().state).toBe("ready");
  });

  it("[B4] a truncated file is refused with its reason and changes nothing on bob's device", async () => {
    const alice = await member("alice");
    const bob = await member("bob");
    const { organisation } = await aliceOrganisation(alice);
    const { files, saved, open } = memoryFiles();
    await exportFrom(alice, files, organisation);
    const handlesBefore = Object.keys(bob.space().repo.handles).sort();
    open(saved[0]!.slice(0, saved[0]!.length - 10));
    const refused = await importBundleFile(files, bob.space().repo, 200);
    expect(refused).toMatchObject({ type: "refused", fileName: "carried.chapterhouse" });
    expect(refused.type === "refused" && refused.reason).toMatch(/^bundle refused \(truncated\): the file ends inside document /);
    expect(Object.keys(bob.space().repo.handles).sort()).toEqual(handlesBefore);
    expect(bob.space().repo.handles[documentIdOf(organisation)]).toBeUndefined();
  });
});
