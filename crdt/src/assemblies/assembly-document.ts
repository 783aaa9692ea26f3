/**
 * An assembly's own document (PROTOCOL.md AS1): its genesis is the same bytes everywhere, so two
 * devices that open it offline in one room share its record maps (as CH9 does for a room's pages).
 * Its URL, derived from the assembly's id, is in assembly-document-url.ts.
 */
import * as A from "@automerge/automerge";
import { createAssemblyDoc } from "../documents/assembly.js";

/** The actor id of the genesis change (AS1.2): ASCII "CHAPassmblygen01" in hex. */
export const ASSEMBLY_GENESIS_ACTOR = "434841506173736d626c7967656e3031";

/**
 * The genesis of every Assembly document (AS1.2): the saved change creating an empty one at its
 * current schema, by ASSEMBLY_GENESIS_ACTOR with no timestamp. Never throws.
 */
export function assemblyGenesis(): Uint8Array {
  return A.save(createAssemblyDoc({ actor: ASSEMBLY_GENESIS_ACTOR }));
}
