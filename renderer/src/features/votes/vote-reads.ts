import { defineService } from "../../shared/data/define-service.js";
import type { BundleCheck } from "./bundle-check/check-bundle.js";
import type { VoteReadInput, VoteReading } from "./vote-reading.js";

/** How vote screens reach the core's `verifyVote` (in the verification worker, or the page as a fallback: src/app/worker/). */
export interface VoteReads {
  /**
   * Verifies a proposal's votes (`readVote`: the vote bundle through the core's `verifyVote`).
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier fails or the reader is closed.
   */
  readVote(input: VoteReadInput): Promise<VoteReading>;
  /**
   * Checks a vote bundle file's text as `chapterhouse verify` does (`checkBundle`).
   * Never rejects on the file's content.
   * @throws (as a rejected promise) if the verifier fails or the reader is closed.
   */
  checkBundle(text: string): Promise<BundleCheck>;
}

const voteReads = defineService<VoteReads>("useVoteReads");

/** Provides the vote reads (the app's composition root does). */
export const VoteReadsContext = voteReads.Context;

/** The vote reads. @throws {Error} outside a `VoteReadsContext` provider. */
export const useVoteReads = voteReads.use;
