/**
 * The Organisation document type (D1, D4): its record maps, schema and migrations, apart from the
 * Automerge functions that create and migrate one (organisation.ts), so that reading a vote bundle
 * (V10) does not load Automerge.
 */
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("organisation", [
  /** The chapter directory: each chapter's `genesis` (binding its id to its document URL) and
   * `endorse` records: the Organisation kinds of PROTOCOL.md M1.1. */
  "chapters",
]);

/** The Organisation document (D4): the chapter tree as signed genesis records. */
export const ORGANISATION_DOCUMENT = defineDocumentType({
  name: "organisation",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});
