import type { DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { Pending, type DocumentStanding, type QueryContext } from "../../shared/documents/live-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { voteQuery, type VotesWorker } from "./vote-query.js";

const organisationUrl = "automerge:organisation" as DocumentUrl;
const proposalUrl = "automerge:proposal" as DocumentUrl;
const boxes = ["automerge:box1", "automerge:box2", "automerge:box3"] as DocumentUrl[];

/** A read's context where `arrived` are the boxes in so far (everything else is held). */
function contextWith(arrived: readonly DocumentUrl[]): QueryContext {
  return {
    depend: (() => ({ status: "ready", value: { state: "ready", roster: { chapters: new Map() } }, error: undefined, revision: 1 })) as QueryContext["depend"],
    documents: (requests, options = {}) => {
      const standing: DocumentStanding[] = requests.map(({ url }) => ({ url, state: boxes.includes(url) && !arrived.includes(url) ? "loading" : "ready" }));
      const loading = standing.find((entry) => entry.state === "loading");
      return options.wait === true && loading !== undefined ? Promise.reject(new Pending(loading.url)) : Promise.resolve(standing);
    },
  };
}

/** The worker's vote handlers the query calls, recording what it is asked. */
function worker() {
  const checked: DocumentUrl[][] = [];
  const read: DocumentUrl[][] = [];
  const handlers = {
    voteBoxes: () => Promise.resolve(boxes),
    voteAssemblies: () => Promise.resolve([]),
    checkArrivedBoxes: (urls: readonly DocumentUrl[]) => {
      checked.push([...urls]);
      return Promise.resolve(urls.length);
    },
    readVote: ({ documents }: { readonly documents: readonly DocumentUrl[] }) => {
      read.push([...documents]);
      return Promise.resolve({ key: "k", reading: {} });
    },
  } as unknown as VotesWorker;
  return { handlers, checked, read };
}

const subject = (handlers: VotesWorker) =>
  voteQuery(handlers, {
    organisation: { url: organisationUrl, query: {} } as unknown as OpenOrganisation,
    proposal: "proposal" as ProposalId,
    proposalUrl,
    open: null,
    member: null,
  });

describe("a vote's query", () => {
  it("[issue 10] while some ballot boxes are still arriving, has the worker check those in and waits (no reading); once all are in, reads the vote once over every box", async () => {
    const { handlers, checked, read } = worker();
    const query = subject(handlers);

    await expect(query.read(contextWith([boxes[0]!]))).rejects.toBeInstanceOf(Pending);
    await expect(query.read(contextWith([boxes[0]!, boxes[2]!]))).rejects.toBeInstanceOf(Pending);
    expect(checked).toEqual([[boxes[0]], [boxes[0], boxes[2]]]);
    expect(read).toEqual([]);

    await query.read(contextWith(boxes));
    expect(checked).toHaveLength(2);
    expect(read).toEqual([[proposalUrl, organisationUrl, ...boxes]]);
  });
});
