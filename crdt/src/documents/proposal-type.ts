/**
 * The Proposal document type (D1, D4): its record maps, schema and migrations, apart from the
 * Automerge functions that create and migrate one (proposal.ts), so that reading a vote bundle
 * (V10) does not load Automerge.
 */
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("proposal", [
  /** The proposal's own creation record (its id is the proposal's id). */
  "origin",
  /** Signed versions, each carrying the full text. */
  "versions",
  "comments",
  /** Amendments and the author's rejections of them (PROTOCOL.md P5, P6). */
  "amendments",
  /** The signed opens and closes (superseding closes too) of its votes. */
  "votes",
]);

/** The Proposal document (D4): draft text, signed versions, deliberation, votes. */
export const PROPOSAL_DOCUMENT = defineDocumentType({
  name: "proposal",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({ draft: "" }))],
});
