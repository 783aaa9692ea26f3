import type { OrganisationReads } from "../../features/organisation/organisation-reads.js";
import type { ProposalReads } from "../../features/proposals/proposal-reads.js";
import type { VerificationInfo } from "../../features/settings/verification-info.js";
import type { VoteReads } from "../../features/votes/vote-reads.js";

/**
 * The seam between the screens and where the reads run: in a dedicated worker
 * (`worker-organisation-reader.ts`), or in the page where no worker can start
 * (`inline-organisation-reader.ts`). Each feature declares the reads it uses; this is all of
 * them, as the composition root hands them out (src/app/App.tsx).
 */
export interface OrganisationReader extends OrganisationReads, ProposalReads, VoteReads, VerificationInfo {
  /** Stops the worker; pending reads reject. */
  close(): void;
}
