/**
 * Why setting a delegation was refused, as a code the screens translate (`problems.<code>` in the
 * delegation catalogue); the message is the same in English, for logs and tests.
 */
export type DelegationProblemCode = "chapter-unknown" | "not-member" | "self" | "delegate-not-member" | "topic";

/** A delegation refused for a reason the member can act on. */
export class DelegationProblem extends Error {
  constructor(
    readonly code: DelegationProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "DelegationProblem";
  }
}
