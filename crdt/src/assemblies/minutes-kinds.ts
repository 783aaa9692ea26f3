/**
 * The kinds of paper results and minutes (PROTOCOL.md AS9, AS10), declared once, apart from the
 * other assembly kinds (kinds.ts): all said in the assembly, held in its Assembly document's
 * `results` and `minutes` maps (AS1). Registered in kinds/registry.ts.
 */
import { defineKind } from "../kinds/define-kind.js";
import { parseMinutesBody, type MinutesRecordBody } from "./minutes-bodies.js";
import { parsePaperResultBody, type PaperResultRecordBody } from "./paper-result-bodies.js";

/** The kinds of paper results and minutes. */
export const MINUTES_SPECS = Object.freeze([
  defineKind({ kind: "paper-result", document: "assembly", map: "results", parseBody: (body) => parsePaperResultBody("paper-result", body), signedBy: "member", signable: true, rule: "AS9" }),
  defineKind({ kind: "teller-sign", document: "assembly", map: "results", parseBody: (body) => parsePaperResultBody("teller-sign", body), signedBy: "member", signable: true, rule: "AS9" }),
  defineKind({ kind: "secretary", document: "assembly", map: "minutes", parseBody: (body) => parseMinutesBody("secretary", body), signedBy: "member", signable: true, rule: "AS10" }),
  defineKind({ kind: "minutes-note", document: "assembly", map: "minutes", parseBody: (body) => parseMinutesBody("minutes-note", body), signedBy: "member", signable: true, rule: "AS10" }),
  defineKind({ kind: "minutes-sign", document: "assembly", map: "minutes", parseBody: (body) => parseMinutesBody("minutes-sign", body), signedBy: "member", signable: true, rule: "AS10" }),
] as const);

/** A paper result or minutes kind. */
export type MinutesKind = (PaperResultRecordBody | MinutesRecordBody)["kind"];
