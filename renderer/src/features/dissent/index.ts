/**
 * dissent: dissent on the record (PROTOCOL.md DS) — a member's signed dissenting statement shown
 * with its decision in the decisions log (linked to a current if its author chooses, and listed on
 * that current's page), and a moderator's hide of abuse in one. What other
 * features and the composition root (src/app/) may use; everything else is private.
 */
export { CurrentDissents } from "./CurrentDissents.js";
export { DecisionDissents } from "./DecisionDissents.js";
export { DissentWorkerContext } from "./dissent-worker.js";
export type { DissentWorker } from "./dissent-worker.js";
