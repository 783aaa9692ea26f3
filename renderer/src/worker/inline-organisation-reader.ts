import type { Verifier } from "@chapterhouse/crdt";
import type { OrganisationReader } from "./organisation-reader.js";
import type { PersistentVerifiedIds } from "./persistent-verified-ids.js";
import { readWithCache } from "./read-with-cache.js";
import { rememberingVerifier } from "./remembering-verifier.js";
import { readVote } from "../vote-screens/read-vote.js";
import { readProposalsWithCache } from "../proposals/read-proposals-with-cache.js";
import { checkBundle } from "../vote-bundle/check-bundle.js";

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
