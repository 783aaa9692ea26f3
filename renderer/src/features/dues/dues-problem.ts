/**
 * Why setting dues or recording an entry was refused, as a code the screens translate
 * (`problems.<code>` in the dues catalogue); the message is the same in English, for logs and tests.
 */
export type DuesProblemCode = "chapter-unknown" | "not-treasurer" | "not-member";

/** A dues record refused before signing for a reason the member can act on. */
export class DuesProblem extends Error {
  constructor(
    readonly code: DuesProblemCode,
    message: string,
  ) {
    super(message);
    this.name = "DuesProblem";
  }
}
