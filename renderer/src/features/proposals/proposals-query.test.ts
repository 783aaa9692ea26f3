import type { ProposalJudged } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DocumentState } from "../../shared/documents/followed-document.js";
import type { QueryContext } from "../../shared/documents/live-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { proposalsQuery, type ProposalsWorker } from "./proposals-query.js";
import type { ProposalsRequest } from "./worker-handlers.js";

const organisationUrl = "automerge:organisation" as DocumentUrl;
const proposalUrl = "automerge:proposal" as DocumentUrl;
const boxes = ["automerge:box-a", "automerge:box-b"] as DocumentUrl[];
const chapter = "chapter" as ChapterId;
const proposal = "proposal" as ProposalId;

/** A proposal whose vote has a close held: its stage is judged with the vote's ballot boxes (P7). */
const closed = { found: true, detail: { id: proposal, stage: "voting", vote: { closeHeld: true, boxes } } } as unknown as ProposalJudged;

/** `reads` reads of one proposal query with the ballot boxes standing as `states`; the requests the worker was sent. */
async function readWith(states: readonly DocumentState[], reads = 1, proposalState: DocumentState = "ready"): Promise<ProposalsRequest[]> {
  const asked: ProposalsRequest[] = [];
  const worker = {
    readProposals: (request: ProposalsRequest) => {
      asked.push(request);
      return Promise.resolve({ key: `read ${asked.length}`, index: [{ id: proposal, document: proposalUrl }], proposal: request.proposal === null ? null : closed });
    },
  } as unknown as ProposalsWorker;
  const organisation = { url: organisationUrl, query: {} } as unknown as OpenOrganisation;
  const context: QueryContext = {
    depend: () => ({ status: "ready", value: { state: "ready", roster: { chapters: new Map() } }, error: undefined, revision: 1 }) as never,
    documents: (requests) =>
      Promise.resolve(
        requests.map((request) => ({
          url: request.url,
          state: request.url.startsWith("automerge:box") ? states[boxes.indexOf(request.url)]! : request.url === proposalUrl ? proposalState : "ready",
        })),
      ),
  };
  const query = proposalsQuery(worker, organisation, chapter, proposal);
  for (let i = 0; i < reads; i++) await query.read(context);
  return asked;
}

const boxesJudged = (asked: readonly ProposalsRequest[]) => asked.flatMap((request) => (request.proposal !== null && request.proposal.boxes.length > 0 ? [request.proposal.boxes] : []));

describe("the proposal page's query", () => {
  it("[P7] judges a closed vote's stage once every ballot box has arrived or is known to be unavailable, not with the boxes that arrived so far", async () => {
    expect(boxesJudged(await readWith(["ready", "loading"]))).toEqual([]);
    expect(boxesJudged(await readWith(["ready", "ready"]))).toEqual([boxes]);
    expect(boxesJudged(await readWith(["unavailable", "ready"]))).toEqual([[boxes[1]]]);
  });

  it("[P8] reads the index alone only until the proposal's document is known: a re-read asks the worker once", async () => {
    const indexReads = (asked: readonly ProposalsRequest[]) => asked.filter((request) => request.proposal === null).length;
    const twice = await readWith(["ready", "loading"], 2);
    expect(indexReads(twice)).toBe(1);
    expect(twice.length).toBe(3);
    // A proposal document not ready yet: the index is what the page shows, so it is read each time.
    expect(indexReads(await readWith(["ready", "ready"], 2, "loading"))).toBe(2);
  });
});
