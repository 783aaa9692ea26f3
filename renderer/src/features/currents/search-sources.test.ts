import type { Repo } from "@automerge/automerge-repo";
import { currentsDocumentUrl, type Current } from "@chapterhouse/crdt/currents";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import type { HomeReadContext } from "../../shared/routing/home-items.js";
import type { CurrentsAnswer, CurrentsRequest } from "./worker-handlers.js";
import { readCurrentSearchItems } from "./search-sources.js";

const root = "qZtjtgbxaaC6BHzSdA4nEzX9kBtbLhnmJvXhvmtlxU8" as ChapterId;
const north = "6l0PCETl4u3whIXlIQfEbNa7Y5re51eFxYa6_f4cMv0" as ChapterId;
const current = (id: string, name: string, statement: string, hidden: boolean): Current => ({
  id: id as RecordId,
  name,
  statement,
  founder: "alice" as MemberKey,
  at: 7,
  hidden: hidden ? { id: "h" as RecordId, by: "carol" as MemberKey, at: 8, reason: "Abuse" } : null,
  members: [],
});

/** A search context over a roster of `chapters`, every document the read asks for held. */
function context(chapters: readonly [ChapterId, ChapterId | null][]): { context: HomeReadContext; asked: DocumentRequest[] } {
  const asked: DocumentRequest[] = [];
  const roster = { chapters: new Map(chapters.map(([id, parent]) => [id, { id, parent, document: `automerge:${id.slice(0, 8)}` as DocumentUrl }])) };
  const query = {
    documents(requests: readonly DocumentRequest[]) {
      asked.push(...requests);
      return Promise.resolve(requests.map((request) => ({ url: request.url, state: "ready" as const })));
    },
  };
  return { asked, context: { query, organisation: { url: "automerge:Org" as DocumentUrl, roster, chapters: [] } } as unknown as HomeReadContext };
}

describe("what currents give search (issue 12 item 7)", () => {
  it("[CU7] every current of the organisation is found by its name and statement, in no chapter; a statement hidden for abuse gives its name only", async () => {
    const requests: CurrentsRequest[] = [];
    const worker = {
      currentsForSearch(request: CurrentsRequest): Promise<CurrentsAnswer> {
        requests.push(request);
        return Promise.resolve({ key: "k", currents: [current("c1", "Common ground", "Share the dues.", false), current("c2", "Slow streets", "Abusive words", true)] });
      },
    };
    const { context: read, asked } = context([[root, null], [north, root]]);
    expect(await readCurrentSearchItems(worker, {} as Repo, read)).toEqual([
      { key: "c1", kind: "current", chapter: null, title: "Common ground", text: "Share the dues.", href: "#/org/Org/current/c1", at: 7 },
      { key: "c2", kind: "current", chapter: null, title: "Slow streets", text: "", href: "#/org/Org/current/c2", at: 7 },
    ]);
    expect(asked.map((request) => request.url)).toContain(currentsDocumentUrl(root));
    expect(requests).toEqual([expect.objectContaining({ root, currents: [currentsDocumentUrl(root)] })]);
  });

  it("[CU1.1] an organisation whose root is not known yet gives nothing and asks the worker nothing", async () => {
    const worker = { currentsForSearch: () => Promise.reject(new Error("not asked")) };
    expect(await readCurrentSearchItems(worker, {} as Repo, context([[north, root]]).context)).toEqual([]);
  });
});
