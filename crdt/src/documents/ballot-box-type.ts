/**
 * The Ballot box document type (D1, D4): its record maps, schema and migrations, apart from the
 * Automerge functions that create and migrate one (ballot-box.ts), so that reading a vote bundle
 * (V10) does not load Automerge.
 */
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("ballot-box", [
  /** The signed ballots of one vote cast by members of one lowest-level chapter, one shard. */
  "ballots",
  /** The closer's signed list of the ballots each close counted from this box (PROTOCOL.md V6). */
  "counted",
]);

/** The Ballot box document (D4): one shard of one chapter's ballots in one vote. */
export const BALLOT_BOX_DOCUMENT = defineDocumentType({
  name: "ballot-box",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});
