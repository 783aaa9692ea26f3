import type { OrganisationRead, OrganisationSnapshots } from "./read-organisation.js";

/**
 * How an organisation's sessions reach `readOrganisation`: in the verification worker, or in
 * the page where no worker can start (the app's reader, src/app/worker/). Both keep the
 * verified-id cache (PROTOCOL.md S8) in the local database, so a reload does not verify every
 * signature again.
 */
export interface OrganisationReads {
  /**
   * Reads an organisation's documents through the chokepoint and the membership fold.
   * Never rejects on document content.
   * @throws (as a rejected promise) if the verifier or the cache's storage fails, or the reader is closed.
   */
  read(input: OrganisationSnapshots): Promise<OrganisationRead>;
}
