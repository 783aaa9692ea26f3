/**
 * Why a blog action was refused, as a code the screens translate (`problems.<code>` in the blog
 * catalogue) with the values its sentence needs; the message is the same in English, for logs and
 * tests. Writing a post's text and comments, and hiding, are chat's actions (BL5) and refuse with
 * chat's problems.
 */
export type BlogProblemCode = "not-member" | "no-title" | "too-long" | "no-text" | "no-chapter" | "not-signable";

/** An action refused for a reason the member can act on. */
export class BlogProblem extends Error {
  constructor(
    readonly code: BlogProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "BlogProblem";
  }
}
