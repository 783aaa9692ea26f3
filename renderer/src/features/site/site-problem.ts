/**
 * Why changing the chapter's site was refused, as a code the screens translate (`problems.<code>`
 * in the site catalogue); the message is the same in English, for logs and tests.
 */
export type SiteProblemCode = "not-facilitator" | "no-decision" | "bad-link" | "not-signable";

/** An action refused for a reason the member can act on. */
export class SiteProblem extends Error {
  constructor(
    readonly code: SiteProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "SiteProblem";
  }
}
