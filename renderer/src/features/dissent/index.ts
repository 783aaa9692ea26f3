/**
 * dissent: dissent on the record (PROTOCOL.md DS) — a member's signed dissenting statement shown
 * with its decision in the decisions log, and a moderator's hide of abuse in one. What other
 * features and the composition root (src/app/) may use; everything else is private.
 */
export { DecisionDissents } from "./DecisionDissents.js";
export { DissentWorkerContext } from "./dissent-worker.js";
export type { DissentWorker } from "./dissent-worker.js";
