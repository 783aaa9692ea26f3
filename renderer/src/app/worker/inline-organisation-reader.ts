import type { Verifier } from "@chapterhouse/crdt";
import type { OrganisationReader } from "./organisation-reader.js";
import type { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { readWithCache } from "../../features/organisation/read-with-cache.js";
import { rememberingVerifier } from "../../shared/worker/remembering-verifier.js";
import { readVote } from "../../features/votes/read-vote.js";
import { readProposalsWithCache } from "../../features/proposals/read-proposals-with-cache.js";
import { checkBundle } from "../../features/votes/bundle-check/check-bundle.js";

/**
 * Reads organisations in the page itself: the fallback where no worker can start, and what
 * the data-layer tests in Node use. Same cache, same results as the worker.
 */
export function createInlineOrganisationReader(
  verifier: Promise<Verifier>,
  cache: PersistentVerifiedIds,
  onCacheError: (error: unknown) => void,
): OrganisationReader {
  let closed = false;
  const votes = verifier.then(rememberingVerifier);
  return {
    runsIn: "page",
    backend: verifier.then((v) => v.backend),
    async read(input) {
      if (closed) throw new Error("the organisation reader is closed");
      return readWithCache(input, await verifier, cache, onCacheError);
    },
    async readVote(input) {
      if (closed) throw new Error("the organisation reader is closed");
      return readVote(input, await votes);
    },
    async readProposals(input) {
      if (closed) throw new Error("the organisation reader is closed");
      return readProposalsWithCache(input, await verifier, cache, onCacheError, await votes);
    },
    async checkBundle(text) {
      if (closed) throw new Error("the organisation reader is closed");
      return checkBundle(text, await verifier);
    },
    close() {
      closed = true;
    },
  };
}
