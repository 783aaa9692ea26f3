/**
 * Why an event action was refused, as a code the screens translate (`problems.<code>` in the
 * events catalogue) with the values its sentence needs; the message is the same in English, for
 * logs and tests.
 */
export type EventProblemCode =
  | "no-time"
  | "end-before-start"
  | "unknown-zone"
  | "no-point"
  | "not-member"
  | "not-organiser"
  | "not-signable";

/** An action refused for a reason the member can act on. */
export class EventProblem extends Error {
  constructor(
    readonly code: EventProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "EventProblem";
  }
}
