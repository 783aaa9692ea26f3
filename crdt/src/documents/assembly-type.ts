/**
 * The Assembly document type (D1, D4): its record maps, schema and migrations, apart from the
 * Automerge functions that create and migrate one (assembly.ts), so that reading a vote bundle
 * (V10) does not load Automerge.
 */
import { kindsByMap } from "../kinds/registry.js";
import { defineDocumentType } from "./document-type.js";
import { initialiseStep } from "./initialise-step.js";

/** Its record maps, in order; the kinds each holds come from the kind registry (D4). */
const MAPS = kindsByMap("assembly", [
  /** A copy of the convening `assembly` record (AS2), so the document says which assembly it is. */
  "origin",
  /** Agenda items, their edits and the current item (AS4). */
  "agenda",
  /** Check-ins and check-outs (AS5). */
  "attendance",
  /** Requests for the floor, the chairs' orders and speeches (AS6). */
  "speakers",
  /** Paper and show-of-hands results and their tellers' counts (AS9). */
  "results",
  /** The secretary, the notes and the signatures of the minutes (AS10). */
  "minutes",
]);

/** The Assembly document (D4, AS1): one assembly's own records, at an id derived from its id. */
export const ASSEMBLY_DOCUMENT = defineDocumentType({
  name: "assembly",
  schema: 1,
  maps: MAPS,
  migrations: [initialiseStep(Object.keys(MAPS), () => ({}))],
});
