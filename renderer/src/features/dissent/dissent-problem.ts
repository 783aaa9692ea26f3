/**
 * Why a dissent action was refused, as a code the screens translate (`problems.<code>` in the
 * dissent catalogue) with the values its sentence needs; the message is the same in English, for
 * logs and tests.
 */
export type DissentProblemCode = "empty" | "too-long" | "not-member" | "not-moderator" | "no-reason" | "no-chapter";

/** An action refused for a reason the member can act on. */
export class DissentProblem extends Error {
  constructor(
    readonly code: DissentProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "DissentProblem";
  }
}
