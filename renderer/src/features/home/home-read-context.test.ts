import type { ChapterRoster, FoldSummary, Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, DocumentUrl, MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { Pending, type QueryContext, type QueryState } from "../../shared/documents/live-query.js";
import { emptyOrganisationView, type OrganisationView } from "../organisation/organisation-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { homeReadContext } from "./home-read-context.js";

const ME = "me" as MemberKey;
const ORGANISATION = "automerge:2vbGUzgcHKxNrkB3AXnCcKZA5tWi" as DocumentUrl;
const RIVERSIDE = "riverside" as ChapterId;
const RIVERSIDE_DOCUMENT = "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e" as DocumentUrl;

/** The roster with Riverside, its members `members` (the founder's genesis is in the Organisation document; a joiner's admission in Riverside's). */
function roster(members: readonly MemberKey[]): Roster {
  const riverside = { id: RIVERSIDE, name: "Riverside", parent: null, document: RIVERSIDE_DOCUMENT, members: new Map(members.map((key) => [key, { key, grant: "g", founder: false }])) } as unknown as ChapterRoster;
  return { chapters: new Map([[RIVERSIDE, riverside]]) };
}

/** The organisation's view as its query read it: folded with Riverside's document or without it. */
function view(folded: boolean, members: readonly MemberKey[]): OrganisationView {
  return { ...emptyOrganisationView(ORGANISATION, RIVERSIDE, "ready"), roster: roster(members), fold: {} as FoldSummary, waiting: folded ? 0 : 1, unfolded: folded ? [] : [RIVERSIDE_DOCUMENT], revision: 1 };
}

/** A home read's context where every document asked for is held, and the organisation's query stands at `state`. */
function context(state: QueryState<OrganisationView>): QueryContext {
  return {
    depend: <U>() => state as unknown as QueryState<U>,
    documents: (requests) => Promise.resolve(requests.map(({ url }) => ({ url, state: "ready" as const }))),
  };
}

const organisation = { url: ORGANISATION } as unknown as OpenOrganisation;
const read = (state: QueryState<OrganisationView>) => homeReadContext(context(state), organisation, ME, undefined, 0);

describe("the home's read of one organisation", () => {
  it("[issue 10] after a reload, a roster folded without a Chapter document held now is not read: the read waits for the organisation's next read, which names the member's chapters", async () => {
    // Riverside's document arrived from the device's storage after the organisation's first read,
    // which folded the founder's genesis alone: the member's admission is in that document.
    await expect(read({ status: "ready", value: view(false, ["founder" as MemberKey]), error: undefined, revision: 1 })).rejects.toBeInstanceOf(Pending);

    const after = await read({ status: "ready", value: view(true, ["founder" as MemberKey, ME]), error: undefined, revision: 2 });
    expect(after?.mine).toEqual([RIVERSIDE]);
    expect(after?.organisation.chapters).toEqual([RIVERSIDE_DOCUMENT]);
  });

  it("a roster whose organisation's read failed is read as it is: nothing would read that organisation again to end the wait", async () => {
    const stale = await read({ status: "error", value: view(false, ["founder" as MemberKey]), error: "storage failed", revision: 2 });
    expect(stale?.mine).toEqual([]);
    expect(stale?.organisation.chapters).toEqual([RIVERSIDE_DOCUMENT]);
  });

  it("a Chapter document still not held does not hold the read up: the home lists what the roster already says", async () => {
    const waiting: QueryContext = { ...context({ status: "ready", value: view(false, ["founder" as MemberKey, ME]), error: undefined, revision: 1 }), documents: (requests) => Promise.resolve(requests.map(({ url }) => ({ url, state: url === RIVERSIDE_DOCUMENT ? ("loading" as const) : ("ready" as const) }))) };
    const read = await homeReadContext(waiting, organisation, ME, undefined, 0);
    expect(read?.mine).toEqual([RIVERSIDE]);
    expect(read?.organisation.chapters).toEqual([]);
  });
});
