/**
 * What crdt's Node side shares with the other Node packages (`@chapterhouse/crdt/cli`): the one
 * crash-safe file write of the CLI and the relay. Never imported by the renderer (Node's fs).
 */
export { syncFolder, writeFileAtomically } from "./write-file-atomically.js";
