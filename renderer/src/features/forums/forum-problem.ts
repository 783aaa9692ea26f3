/**
 * Why a forum action was refused, as a code the screens translate (`problems.<code>` in the forums
 * catalogue) with the values its sentence needs; the message is the same in English, for logs and
 * tests. Posting and hiding are chat's actions (FO5) and refuse with chat's problems.
 */
export type ForumProblemCode = "not-member" | "no-name" | "too-long" | "no-category" | "not-signable";

/** An action refused for a reason the member can act on. */
export class ForumProblem extends Error {
  constructor(
    readonly code: ForumProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "ForumProblem";
  }
}
