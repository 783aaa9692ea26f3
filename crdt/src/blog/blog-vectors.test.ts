import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { readBlog } from "./read-blog.js";
import { blogOrganisation } from "./test-helpers/blog-organisation.js";
import { blogVectorRecords } from "./test-helpers/blog-vector-records.js";
import { parsedVectorEntry, vectorEntryOf, type VectorEntry } from "../records/test-helpers/vector-entry.js";

interface BlogVector {
  readonly governance: readonly VectorEntry[];
  readonly decision: VectorEntry;
  readonly decided: VectorEntry;
  readonly adopting: VectorEntry;
  readonly posts: readonly (VectorEntry & { readonly note: string; readonly chapter: "north" | "root" })[];
  readonly expected: {
    readonly verdicts: Readonly<Record<string, { status: string; detail: string }>>;
    readonly posts: unknown;
  };
}
const vector = JSON.parse(
  readFileSync(new URL("../../vectors/blog/blog.json", import.meta.url), "utf8"),
) as BlogVector;

let s: ChatScenario;
beforeAll(async () => {
  s = await chatScenario();
});

describe("blog vectors (crdt/vectors/blog)", () => {
  it("[BL7] the scenario signs the same records again, byte for byte (deterministic signatures, S9)", async () => {
    const built = await blogVectorRecords(s);
    expect(built.posts.map(({ note, chapter, record }) => ({ note, chapter, ...vectorEntryOf(record) }))).toEqual(
      vector.posts,
    );
    expect(s.governance.map(vectorEntryOf)).toEqual(vector.governance);
    expect([vectorEntryOf(built.decision), vectorEntryOf(built.decided), vectorEntryOf(built.adopting)]).toEqual([
      vector.decision,
      vector.decided,
      vector.adopting,
    ]);
  });

  it("[BL1] [BL2] [BL3] [BL4] [BL6] the file's records, read from their texts in each chapter's document, give the file's verdicts and posts", async () => {
    const of = (chapter: "north" | "root") =>
      vector.posts.filter((entry) => entry.chapter === chapter).map(parsedVectorEntry);
    const organisation = blogOrganisation(
      s,
      { posts: of("north"), decisions: [parsedVectorEntry(vector.decision)], proposals: [parsedVectorEntry(vector.decided)] },
      { posts: of("root"), proposals: [parsedVectorEntry(vector.adopting)] },
    );
    const blog = await readBlog(organisation, await createVerifier(), new VerifiedCache());
    const verdicts = Object.fromEntries(
      vector.posts.map((entry) => [
        entry.id,
        blog.verdicts.get(entry.chapter === "north" ? s.north : s.root)?.get(entry.id as never),
      ]),
    );
    expect(JSON.parse(JSON.stringify({ verdicts, posts: blog.posts }))).toEqual(vector.expected);
    expect(new Set(Object.values(vector.expected.verdicts).map((v) => v.status))).toEqual(
      new Set(["valid", "malformed", "wrong-context", "ineligible-signer", "missing-deps"]),
    );
  });
});
