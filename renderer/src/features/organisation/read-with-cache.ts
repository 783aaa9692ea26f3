import type { Verifier } from "@chapterhouse/crdt";
import { readOrganisation, type OrganisationRead, type OrganisationSnapshots } from "./read-organisation.js";
import type { PersistentVerifiedIds } from "../../shared/worker/persistent-verified-ids.js";

/** Every key a read may ask the verified-id cache about: the record maps' keys that hold text. */
export function candidateKeys(input: OrganisationSnapshots): string[] {
  const keys: string[] = [];
  for (const { snapshot } of [input.organisation, ...input.chapters]) {
    for (const map of snapshot.maps) for (const candidate of map.candidates) if ("text" in candidate) keys.push(candidate.key);
  }
  return keys;
}

/**
 * `readOrganisation` with the persistent verified-id cache (S8): ids verified in earlier sessions
 * are loaded first, ids verified now are saved after. A failing cache store costs only speed:
 * it is reported to `onCacheError` and the read goes on, verifying what it must.
 * @throws whatever the verifier throws (a backend failure).
 */
export async function readWithCache(
  input: OrganisationSnapshots,
  verifier: Verifier,
  cache: PersistentVerifiedIds,
  onCacheError: (error: unknown) => void,
): Promise<OrganisationRead> {
  await cache.preload(candidateKeys(input)).catch(onCacheError);
  const result = await readOrganisation(input, verifier, cache);
  await cache.flush().catch(onCacheError);
  return result;
}
