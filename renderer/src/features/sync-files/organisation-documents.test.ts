import type { ChapterRoster, Roster } from "@chapterhouse/crdt/membership";
import {
  isParsed,
  parseRecord,
  type ChapterId,
  type DocumentUrl,
  type MemberKey,
  type ParsedRecord,
  type RecordId,
} from "@chapterhouse/crdt/records";
import { simulateVote } from "@chapterhouse/crdt/simulation";
import { beforeAll, describe, expect, it } from "vitest";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { resourceDraft, resourceEditDraft } from "@chapterhouse/crdt/resources";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { attachmentDocumentsOf, ballotBoxDocumentsOf, proposalDocumentsOf, rosterMembers } from "./organisation-documents.js";

/** Every record of one map of the simulated bundle's documents of `type`. */
let records: (type: string, map: string) => ParsedRecord[];

beforeAll(async () => {
  const { bundle } = await simulateVote({ voters: 4, rule: "majority", chapters: 2, seed: "sync-files" }, globalThis.crypto.subtle);
  records = (type, map) =>
    bundle.documents
      .filter((d) => d.type === type)
      .flatMap((d) => Object.values(d.records[map] ?? {}))
      .map((text) => parseRecord(text))
      .filter(isParsed);
});

/** A roster holding `chapter` with `members` only. */
function rosterOf(chapter: ChapterId, members: readonly MemberKey[]): Roster {
  const entry = {
    id: chapter,
    members: new Map(members.map((key) => [key, { key, grant: "g" as RecordId, founder: false }])),
  } as unknown as ChapterRoster;
  return { chapters: new Map([[chapter, entry]]) };
}

describe("which documents make up an organisation", () => {
  it("[B5] a member's open lists its ballot boxes; a non-member's open, or one for a chapter outside the roster, is not followed", () => {
    const [open] = records("proposal", "votes").filter((r) => r.envelope.kind === "open");
    if (open === undefined) throw new Error("no open in the simulation");
    const body = open.envelope.body as { chapter: ChapterId; boxes: { list: { document: string }[] } };
    const boxes = body.boxes.list.map((b) => b.document).sort();
    expect(boxes.length).toBeGreaterThan(0);
    const roster = rosterOf(body.chapter, [open.envelope.signer]);
    expect(ballotBoxDocumentsOf([open, open], roster, rosterMembers(roster))).toEqual(boxes);
    expect(ballotBoxDocumentsOf([open], roster, new Set())).toEqual([]);
    const elsewhere = rosterOf("another-chapter" as ChapterId, [open.envelope.signer]);
    expect(ballotBoxDocumentsOf([open], elsewhere, rosterMembers(elsewhere))).toEqual([]);
  });

  it("[B5] a member's proposal record names its document, only in the chapter it names", () => {
    const [proposal] = records("chapter", "proposals").filter((r) => r.envelope.kind === "proposal");
    if (proposal === undefined) throw new Error("no proposal in the simulation");
    const body = proposal.envelope.body as { chapter: ChapterId; document: string };
    const members = new Set([proposal.envelope.signer]);
    expect(proposalDocumentsOf([proposal], body.chapter, members)).toEqual([body.document]);
    expect(proposalDocumentsOf([proposal], "another-chapter" as ChapterId, members)).toEqual([]);
    expect(proposalDocumentsOf([proposal], body.chapter, new Set())).toEqual([]);
    // Records of other kinds are never followed.
    const [open] = records("proposal", "votes");
    expect(proposalDocumentsOf([open!], body.chapter, new Set([open!.envelope.signer]))).toEqual([]);
  });

  it("[RS3] [B5] a member's resource and its edits name their files' Attachment documents, only in the chapter the resource names; a link names none", async () => {
    const ana = naclSignerFromSeed(new Uint8Array(32).fill(3));
    const chapter = "A".repeat(43) as ChapterId;
    const file = (document: string) => ({ document: document as DocumentUrl, name: "list.txt", type: "text/plain" as const, size: 3, hash: "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0" });
    const fields = { chapter, title: "List", description: "", folder: "", tags: [], link: null, file: file("automerge:4NMNnkMhcRFKbVYkGcbmYBXhNAxs") };
    const resource = await signDraft(ana, resourceDraft(fields), 1);
    const { chapter: _chapter, ...rest } = fields;
    const edit = await signDraft(ana, resourceEditDraft({ ...rest, resource: resource.id, file: file("automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi") }), 2);
    const link = await signDraft(ana, resourceDraft({ ...fields, link: "https://example.org/", file: null }), 3);
    const members = new Set([ana.publicKey]);
    expect(attachmentDocumentsOf([resource, edit, link], chapter, members)).toEqual(["automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi", "automerge:4NMNnkMhcRFKbVYkGcbmYBXhNAxs"]);
    expect(attachmentDocumentsOf([resource], "B".repeat(43) as ChapterId, members)).toEqual([]);
    expect(attachmentDocumentsOf([resource, edit], chapter, new Set())).toEqual([]);
  });
});
