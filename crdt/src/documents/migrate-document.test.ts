import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { CHAPTER_DOCUMENT, createChapterDoc, migrateChapterDoc, type ChapterDoc } from "./chapter.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";
import { migrateDocument, schemaVersionOf } from "./migrate-document.js";
import { createProposalDoc, migrateProposalDoc, type ProposalDoc } from "./proposal.js";
import { SchemaTooNewError } from "./schema-error.js";

describe("schema migration", () => {
  it("[D1.2] migrating an empty document (as automerge-repo creates one) initialises schema 1 and every map", () => {
    const empty = A.init<ProposalDoc>({ actor: "aaaa" });
    const doc = migrateProposalDoc(empty);
    expect(doc.schema).toBe(1);
    expect(doc.origin).toEqual({});
    expect(doc.votes).toEqual({});
    expect(doc.unsigned.draft).toBe("");
  });

  it("[D1.2] a current document is returned as is, with no new change", () => {
    const doc = createChapterDoc({ actor: "aaaa" });
    expect(migrateChapterDoc(doc)).toBe(doc);
  });

  it("[D1.2] a document with a newer schema is refused with a clear error", () => {
    const newer = A.change(createChapterDoc(), (d) => {
      d.schema = 4;
    });
    expect(() => migrateChapterDoc(newer)).toThrow(SchemaTooNewError);
    expect(() => migrateChapterDoc(newer)).toThrow(/chapter document has schema 4, newer than 3/);
  });

  it("[D1.1] the schema is the largest of its conflicting values, so a concurrent newer write is refused everywhere", () => {
    const base = createChapterDoc({ actor: "aaaa" });
    const a = A.change(A.clone(base, "bbbb"), (d) => {
      d.schema = 4;
    });
    const b = A.change(A.clone(base, "cccc"), (d) => {
      (d as unknown as Record<string, unknown>)["schema"] = 0;
    });
    for (const merged of [A.merge(A.clone(a), b), A.merge(A.clone(b), a)]) {
      expect(schemaVersionOf(merged)).toBe(4);
      expect(() => migrateChapterDoc(merged)).toThrow(SchemaTooNewError);
    }
  });

  it("[D1.1] a missing or non-integer schema reads as 0 and migration restores it without touching the maps' records", () => {
    let doc = createChapterDoc();
    doc = A.change(doc, (d) => {
      (d as unknown as Record<string, unknown>)["schema"] = "junk";
      d.governance["x"] = new A.ImmutableString("kept");
      delete (d as unknown as Record<string, unknown>)["decisions"];
    });
    expect(schemaVersionOf(doc)).toBe(0);
    const migrated = migrateChapterDoc(doc);
    expect(migrated.schema).toBe(CHAPTER_DOCUMENT.schema);
    expect(migrated.decisions).toEqual({});
    expect(String(migrated.governance["x"])).toBe("kept");
  });

  it("[D1.2] the mechanism applies every step in order from the document's version up", () => {
    const type = defineDocumentType({
      name: "demo",
      schema: 2,
      maps: { items: ["item"] },
      migrations: [
        initialiseStep(["items"], () => ({})),
        {
          from: 1,
          to: 2,
          apply(d: Record<string, unknown>) {
            d["unsigned"] = { note: "added in 2" };
          },
        },
      ],
    });
    const v1 = migrateProposalDoc(A.init<ProposalDoc>()) as unknown as A.Doc<Record<string, unknown>>;
    const fromZero = migrateDocument(type, A.init<Record<string, unknown>>());
    expect(fromZero).toMatchObject({ schema: 2, items: {}, unsigned: { note: "added in 2" } });
    expect(migrateDocument(type, v1)).toMatchObject({ schema: 2, unsigned: { note: "added in 2" } });
  });

  it("[PF8] a Chapter document of schema 1 gets a profiles map and loses M14's names map; every other map keeps its records", () => {
    // Schema 1 as the previous release wrote it: a `names` map of member-name records, no `profiles`.
    const v1 = A.change(A.init<Record<string, unknown>>({ actor: "aaaa" }), (d) => {
      for (const map of ["governance", "decisions", "proposals", "threads", "events", "posts", "resources", "projects", "dues", "aid", "names"]) d[map] = {};
      d["unsigned"] = {};
      d["schema"] = 1;
      (d["governance"] as Record<string, unknown>)["g"] = new A.ImmutableString("kept");
      (d["names"] as Record<string, unknown>)["n"] = new A.ImmutableString("no longer read");
    }) as unknown as A.Doc<ChapterDoc>;
    const migrated = migrateChapterDoc(v1);
    expect(migrated.schema).toBe(3);
    expect(migrated.profiles).toEqual({});
    expect("names" in migrated).toBe(false);
    expect(String(migrated.governance["g"])).toBe("kept");
    // A profiles map some device already added (a concurrent migration) is kept as it is.
    const withProfiles = A.change(A.clone(v1), (d) => {
      (d as unknown as Record<string, unknown>)["profiles"] = { p: new A.ImmutableString("a profile") };
    });
    expect(String(migrateChapterDoc(withProfiles).profiles["p"])).toBe("a profile");
  });

  it("[DG1] a Chapter document of schema 2 gets a delegations map; every other map keeps its records", () => {
    const v2 = A.change(createChapterDoc({ actor: "aaaa" }), (d) => {
      const raw = d as unknown as Record<string, unknown>;
      delete raw["delegations"];
      raw["schema"] = 2;
      d.governance["g"] = new A.ImmutableString("kept");
    });
    expect("delegations" in v2).toBe(false);
    const migrated = migrateChapterDoc(v2);
    expect(migrated.schema).toBe(3);
    expect(migrated.delegations).toEqual({});
    expect(String(migrated.governance["g"])).toBe("kept");
  });

  it("[D1.2] migrating an old proposal keeps its draft text", () => {
    const doc = A.change(createProposalDoc("keep me"), (d) => {
      delete (d as unknown as Record<string, unknown>)["schema"];
    });
    expect(migrateProposalDoc(doc).unsigned.draft).toBe("keep me");
  });

  it("[D1.3] creating and migrating a document record no timestamp in its changes", () => {
    const created = createChapterDoc({ actor: "aaaa" });
    const migrated = migrateProposalDoc(A.init<ProposalDoc>({ actor: "bbbb" }));
    for (const doc of [created, migrated] as A.Doc<unknown>[]) {
      const change = A.getLastLocalChange(doc);
      expect(change).toBeDefined();
      if (change) expect(A.decodeChange(change).time).toBe(0);
    }
    const stamped = A.change(A.init<{ x: number }>(), (d) => {
      d.x = 1;
    });
    expect(A.decodeChange(A.getLastLocalChange(stamped)!).time).toBeGreaterThan(0);
  });
});
