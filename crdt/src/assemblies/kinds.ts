/**
 * The assembly kinds (PROTOCOL.md AS2–AS6), declared once. The convening `assembly` record sits in
 * its chapter's Chapter document (`events`, beside its event) and is copied into the assembly's own
 * document (`origin`); every record said in the assembly sits in that document only (AS1), so a
 * room of 500 check-ins never weighs on the chapter's page. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind, type KindPlace } from "../kinds/define-kind.js";
import { parseAssemblyBody, type AssemblyKind } from "./assembly-bodies.js";
import { parseAttendanceSetBody } from "./attendance-set.js";

function assemblyKind<const K extends AssemblyKind>(kind: K, map: string, rule: string, alsoIn: readonly KindPlace[] = []) {
  const document = kind === "assembly" ? "chapter" : "assembly";
  return defineKind({ kind, document, map, alsoIn, parseBody: (body: CanonicalValue) => parseAssemblyBody(kind, body), signedBy: "member", signable: true, rule });
}

/** The kinds of assemblies. */
export const ASSEMBLY_SPECS = Object.freeze([
  assemblyKind("assembly", "events", "AS2", [{ document: "assembly", map: "origin" }]),
  assemblyKind("agenda-item", "agenda", "AS4"),
  assemblyKind("agenda-current", "agenda", "AS4"),
  assemblyKind("check-in", "attendance", "AS5"),
  assemblyKind("check-out", "attendance", "AS5"),
  // A vote of the members present lists the attendance it takes beside its open (AS8.1).
  defineKind({ kind: "attendance-set", document: "proposal", map: "votes", parseBody: parseAttendanceSetBody, signedBy: "member", signable: true, rule: "AS8.1" }),
  assemblyKind("speaker", "speakers", "AS6"),
  assemblyKind("speakers-order", "speakers", "AS6"),
  assemblyKind("speech", "speakers", "AS6"),
] as const);
