/**
 * Guards for what crosses to and from the verification worker about proposals (STYLE habit 4):
 * the request's snapshots are checked whole; the answer's shape is checked (its entries are the
 * worker's own output, the same bundle as the page's, so they are not re-checked one by one).
 */
import { isDocumentSnapshot } from "@chapterhouse/crdt";
import type { ProposalSnapshots } from "./proposal-snapshots.js";
import type { ProposalsReadResult } from "./read-proposals.js";

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLocated(value: unknown): boolean {
  return isObject(value) && typeof value["url"] === "string" && isDocumentSnapshot(value["snapshot"]);
}

function isLocatedList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isLocated);
}

/** True only for a well-formed `ProposalSnapshots`. Never throws. */
export function isProposalSnapshots(value: unknown): value is ProposalSnapshots {
  if (!isObject(value) || typeof value["chapter"] !== "string") return false;
  const organisation = value["organisation"];
  if (
    !isObject(organisation) ||
    !isLocated(organisation["organisation"]) ||
    !isLocatedList(organisation["chapters"])
  )
    return false;
  const proposal = value["proposal"];
  if (proposal === null) return true;
  return (
    isObject(proposal) &&
    typeof proposal["id"] === "string" &&
    isLocated(proposal["document"]) &&
    isLocatedList(proposal["boxes"])
  );
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

function isJudged(value: unknown): boolean {
  if (value === null) return true;
  if (!isObject(value)) return false;
  if (value["found"] === false) return typeof value["why"] === "string";
  const detail = value["detail"];
  return (
    value["found"] === true &&
    isObject(detail) &&
    typeof detail["id"] === "string" &&
    typeof detail["title"] === "string" &&
    typeof detail["stage"] === "string" &&
    ["versions", "comments", "amendments", "refused"].every((list) => Array.isArray(detail[list]))
  );
}

/** True only for something shaped like a `ProposalsReadResult`. Never throws. */
export function isProposalsReadResult(value: unknown): value is ProposalsReadResult {
  return (
    isObject(value) &&
    Array.isArray(value["index"]) &&
    isJudged(value["proposal"]) &&
    (value["document"] === null || isDocumentRead(value["document"]))
  );
}
