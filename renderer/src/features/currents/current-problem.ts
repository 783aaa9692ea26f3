/**
 * Why a current's action was refused, as a code the screens translate (`problems.<code>` in the
 * currents catalogue) with the values its sentence needs; the message is the same in English, for
 * logs and tests. Posting and hiding in a discussion are chat's actions (CU5) and refuse with chat's
 * problems.
 */
export type CurrentProblemCode = "not-member" | "not-moderator" | "no-name" | "no-statement" | "too-long" | "not-here-yet" | "not-signable";

/** An action refused for a reason the member can act on. */
export class CurrentProblem extends Error {
  constructor(
    readonly code: CurrentProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "CurrentProblem";
  }
}
