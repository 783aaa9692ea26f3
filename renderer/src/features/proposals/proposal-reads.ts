import { defineService } from "../../shared/data/define-service.js";
import type { ProposalSnapshots } from "./proposal-snapshots.js";
import type { ProposalsReadResult } from "./read-proposals.js";

/** How proposal screens reach `readProposals` (in the verification worker, or the page as a fallback: src/app/worker/). */
export interface ProposalReads {
  /**
   * Reads a chapter's proposal index and maybe one proposal through the chokepoint (`readProposals`).
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier or the cache's storage fails, or the reader is closed.
   */
  readProposals(input: ProposalSnapshots): Promise<ProposalsReadResult>;
}

const proposalReads = defineService<ProposalReads>("useProposalReads");

/** Provides the proposal reads (the app's composition root does). */
export const ProposalReadsContext = proposalReads.Context;

/** The proposal reads. @throws {Error} outside a `ProposalReadsContext` provider. */
export const useProposalReads = proposalReads.use;
