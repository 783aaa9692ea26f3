/**
 * Why a vote action was refused, as a code the screens translate (`problems.<code>` in the votes
 * catalogue) with the values its sentence needs; the message is the same in English, for logs
 * and tests. Each action throws its own subclass (OpenVoteError, CastBallotError…).
 */
export type VoteProblemCode =
  | "not-author-or-facilitator"
  | "not-facilitator"
  | "not-member"
  | "cannot-post-concern"
  | "not-read-yet"
  | "closing-passed"
  | "final-before-close"
  | "no-members"
  | "too-many-boxes"
  | "nobody-present"
  | "cannot-open"
  | "not-current"
  | "final"
  | "too-many-changes"
  | "no-box"
  | "not-closing-yet"
  | "cannot-supersede"
  | "cannot-close"
  | "nothing-to-close"
  | "unknown-box"
  | "no-verified-close"
  | "not-final"
  | "chapter-unknown";

/** An action on a vote refused for a reason the member can act on. */
export class VoteProblem extends Error {
  constructor(
    readonly code: VoteProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "VoteProblem";
  }
}
