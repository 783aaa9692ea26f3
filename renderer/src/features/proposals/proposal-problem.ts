/**
 * Why a proposal action was refused, as a code the screens translate (`problems.<code>` in the
 * proposals catalogue) with the values its sentence needs; the message is the same in English,
 * for logs and tests.
 */
export type ProposalProblemCode =
  | "not-readable"
  | "needs-title"
  | "title-too-long"
  | "empty"
  | "too-long"
  | "not-signable"
  | "no-version"
  | "same-text"
  | "option-exists"
  | "amendment-unknown"
  | "amendment-decided"
  | "chapter-unknown"
  | "not-member"
  | "not-author-or-facilitator";

/** An action refused for a reason the member can act on. */
export class ProposalProblem extends Error {
  constructor(
    readonly code: ProposalProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "ProposalProblem";
  }
}
