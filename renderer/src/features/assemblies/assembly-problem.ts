/**
 * Why an assembly action was refused, as a code the screens translate (`problems.<code>` in the
 * assemblies catalogue); the message is the same in English, for logs and tests.
 */
export type AssemblyProblemCode = "not-member" | "not-chair" | "not-here-yet" | "not-signable" | "empty-title" | "empty-question" | "two-tellers" | "option-labels" | "not-teller" | "not-secretary";

/** An action refused for a reason the member can act on. */
export class AssemblyProblem extends Error {
  constructor(
    readonly code: AssemblyProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "AssemblyProblem";
  }
}
