/**
 * Why appointing or ending a role was refused, as a code the screens translate (`problems.<code>`
 * in the roles catalogue); the message is the same in English, for logs and tests.
 */
export type RoleProblemCode = "chapter-unknown" | "no-authority" | "needs-decision" | "not-member" | "holds-already" | "not-held";

/** An appointment or its end refused for a reason the member can act on. */
export class RoleProblem extends Error {
  constructor(
    readonly code: RoleProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "RoleProblem";
  }
}
