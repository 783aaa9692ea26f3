/**
 * dues: the dues a chapter sets by decision and the treasurer's public ledger (PROTOCOL.md DU) —
 * members' standing, the balance, the shares passed up the tree, the CSV export. What other
 * features and the composition root may use; everything else is private.
 */
export { DuesWorkerContext } from "./dues-worker.js";
export type { DuesWorker } from "./dues-query.js";
export { duesChapterSections } from "./sections.js";
