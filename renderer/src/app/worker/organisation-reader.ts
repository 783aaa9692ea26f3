import type { OrganisationRead, OrganisationSnapshots } from "../../features/organisation/read-organisation.js";
import type { VoteReadInput, VoteReading } from "../../features/votes/vote-reading.js";
import type { ProposalSnapshots } from "../../features/proposals/proposal-snapshots.js";
import type { ProposalsReadResult } from "../../features/proposals/read-proposals.js";
import type { BundleCheck } from "../../features/votes/bundle-check/check-bundle.js";

/**
 * The seam between the organisation screens and where `readOrganisation` runs: in a dedicated
 * worker (`worker-organisation-reader.ts`), or in the page where no worker can start
 * (`inline-organisation-reader.ts`). Both keep the verified-id cache (PROTOCOL.md S8) in the
 * local database, so a reload does not verify every signature again.
 */
export interface OrganisationReader {
  /**
   * Reads an organisation's documents through the chokepoint and the membership fold.
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier or the cache's storage fails, or the reader is closed.
   */
  read(input: OrganisationSnapshots): Promise<OrganisationRead>;
  /**
   * Verifies a proposal's votes (`readVote`: the vote bundle through the core's `verifyVote`).
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier fails or the reader is closed.
   */
  readVote(input: VoteReadInput): Promise<VoteReading>;
  /**
   * Reads a chapter's proposal index and maybe one proposal through the chokepoint (`readProposals`).
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier or the cache's storage fails, or the reader is closed.
   */
  readProposals(input: ProposalSnapshots): Promise<ProposalsReadResult>;
  /**
   * Checks a vote bundle file's text as `chapterhouse verify` does (`checkBundle`).
   * Never rejects on the file's content.
   * @throws (as a rejected promise) if the verifier fails or the reader is closed.
   */
  checkBundle(text: string): Promise<BundleCheck>;
  /** The signature verifier's backend ("webcrypto", "tweetnacl"), once chosen. */
  readonly backend: Promise<string>;
  /** Where the reads run: "worker", or "page" (the fallback). */
  readonly runsIn: "worker" | "page";
  /** Stops the worker; pending reads reject. */
  close(): void;
}
