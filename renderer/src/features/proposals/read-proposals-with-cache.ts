import type { Verifier } from "@chapterhouse/crdt";
import type { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";
import { allSnapshots, type ProposalSnapshots } from "./proposal-snapshots.js";
import { readProposals, type ProposalsReadResult } from "./read-proposals.js";

/**
 * `readProposals` with the persistent verified-id cache (S8), as the organisation reads use it:
 * ids verified in earlier sessions are loaded first, ids verified now saved after. A failing
 * cache store costs only speed: it is reported to `onCacheError` and the read goes on.
 * @throws whatever the verifiers throw (a backend failure).
 */
export async function readProposalsWithCache(
  input: ProposalSnapshots,
  verifier: Verifier,
  cache: PersistentVerifiedIds,
  onCacheError: (error: unknown) => void,
  voteVerifier: Verifier = verifier,
): Promise<ProposalsReadResult> {
  const keys = allSnapshots(input).flatMap(({ snapshot }) =>
    snapshot.maps.flatMap((map) => map.candidates.filter((c) => "text" in c).map((c) => c.key)),
  );
  await cache.preload(keys).catch(onCacheError);
  const result = await readProposals(input, verifier, cache, voteVerifier);
  await cache.flush().catch(onCacheError);
  return result;
}
