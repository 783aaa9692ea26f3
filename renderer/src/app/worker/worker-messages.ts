/**
 * Every message between the page and the verification worker (STYLE.md habit 4): one union per
 * direction, tagged by `type`, each checked by a guard where it arrives; a message that fails
 * its guard is dropped and logged, never half-used. Snapshots cross as they are: record texts
 * are plain strings in them (PROTOCOL.md D5), never Automerge `ImmutableString`s, which
 * `postMessage` would turn into `{ val }`. Results are plain data (records, rosters in Maps),
 * which structured cloning keeps whole.
 */
import { isDocumentSnapshot } from "@chapterhouse/crdt";
import type { OrganisationRead, OrganisationSnapshots } from "../../features/organisation/read-organisation.js";
import { isVoteReadInput, isVoteReading, type VoteReadInput, type VoteReading } from "../../features/votes/vote-reading.js";
import { isProposalSnapshots, isProposalsReadResult } from "../../features/proposals/proposal-guards.js";
import type { ProposalSnapshots } from "../../features/proposals/proposal-snapshots.js";
import type { ProposalsReadResult } from "../../features/proposals/read-proposals.js";
import { isBundleCheck, type BundleCheck } from "../../features/votes/bundle-check/check-bundle.js";

/** From the page to the worker. */
export type ToWorker =
  /** Sent once, first: which local database holds the verified-id cache (S8). */
  | { readonly type: "configure"; readonly storageNamespace: string }
  /** Read an organisation's documents (`readOrganisation`); answered with the same `id`. */
  | { readonly type: "read-organisation"; readonly id: number; readonly input: OrganisationSnapshots }
  /** Verify a proposal's votes (`readVote`: the vote bundle through `verifyVote`); answered with the same `id`. */
  | { readonly type: "read-vote"; readonly id: number; readonly input: VoteReadInput }
  /** Read a chapter's proposal index and maybe one proposal (`readProposals`); answered with the same `id`. */
  | { readonly type: "read-proposals"; readonly id: number; readonly input: ProposalSnapshots }
  /** Check a vote bundle file's text as `chapterhouse verify` does (`checkBundle`); answered with the same `id`. */
  | { readonly type: "check-bundle"; readonly id: number; readonly text: string };

/** From the worker to the page. */
export type FromWorker =
  /**
   * The worker's listener is attached. Sent first: a module worker may drop what arrives while
   * its imports (Automerge's wasm) are still loading, so the page sends nothing before this.
   */
  | { readonly type: "listening" }
  /** The worker is configured; `backend` is its signature verifier's (`Verifier.backend`). */
  | { readonly type: "ready"; readonly backend: string }
  | { readonly type: "organisation-read"; readonly id: number; readonly result: OrganisationRead }
  | { readonly type: "vote-read"; readonly id: number; readonly result: VoteReading }
  | { readonly type: "proposals-read"; readonly id: number; readonly result: ProposalsReadResult }
  | { readonly type: "bundle-checked"; readonly id: number; readonly result: BundleCheck }
  /** A read failed (a verifier or storage failure, never document content). */
  | { readonly type: "failed"; readonly id: number; readonly message: string };

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRequestId(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function isLocatedSnapshot(value: unknown): boolean {
  return isObject(value) && typeof value["url"] === "string" && isDocumentSnapshot(value["snapshot"]);
}

/** Guard at the worker's edge: true only for a well-formed `ToWorker`, snapshots checked whole. Never throws. */
export function isToWorker(value: unknown): value is ToWorker {
  if (!isObject(value)) return false;
  switch (value["type"]) {
    case "configure":
      return typeof value["storageNamespace"] === "string" && value["storageNamespace"] !== "";
    case "read-organisation": {
      const input = value["input"];
      return (
        isRequestId(value["id"]) &&
        isObject(input) &&
        isLocatedSnapshot(input["organisation"]) &&
        Array.isArray(input["chapters"]) &&
        (input["chapters"] as unknown[]).every(isLocatedSnapshot)
      );
    }
    case "read-vote":
      return isRequestId(value["id"]) && isVoteReadInput(value["input"]);
    case "read-proposals":
      return isRequestId(value["id"]) && isProposalSnapshots(value["input"]);
    case "check-bundle":
      return isRequestId(value["id"]) && typeof value["text"] === "string";
    default:
      return false;
  }
}

function isDocumentRead(value: unknown): boolean {
  return (
    isObject(value) &&
    isObject(value["maps"]) &&
    isObject(value["verified"]) &&
    Array.isArray(value["records"]) &&
    Array.isArray(value["rejections"])
  );
}

/**
 * The shape of a read result: the fold (roster in a Map, accepted records, rejections) and one
 * DocumentRead per document URL. The records themselves are the worker's own output (the same
 * bundle as the page), so their fields are not re-checked one by one.
 */
function isOrganisationRead(value: unknown): boolean {
  if (!isObject(value)) return false;
  const fold = value["fold"];
  const documents = value["documents"];
  return (
    isObject(fold) &&
    isObject(fold["roster"]) &&
    fold["roster"]["chapters"] instanceof Map &&
    Array.isArray(fold["accepted"]) &&
    Array.isArray(fold["rejections"]) &&
    documents instanceof Map &&
    [...(documents as Map<unknown, unknown>)].every(([url, read]) => typeof url === "string" && isDocumentRead(read))
  );
}

/** Guard at the page's edge: true only for a well-formed `FromWorker`. Never throws. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isObject(value)) return false;
  switch (value["type"]) {
    case "listening":
      return true;
    case "ready":
      return typeof value["backend"] === "string";
    case "organisation-read":
      return isRequestId(value["id"]) && isOrganisationRead(value["result"]);
    case "vote-read":
      return isRequestId(value["id"]) && isVoteReading(value["result"]);
    case "proposals-read":
      return isRequestId(value["id"]) && isProposalsReadResult(value["result"]);
    case "bundle-checked":
      return isRequestId(value["id"]) && isBundleCheck(value["result"]);
    case "failed":
      return isRequestId(value["id"]) && typeof value["message"] === "string";
    default:
      return false;
  }
}

/** The request id of a message that failed its guard, if it has a usable one (so its caller is told). */
export function requestIdOf(value: unknown): number | undefined {
  return isObject(value) && isRequestId(value["id"]) ? value["id"] : undefined;
}
