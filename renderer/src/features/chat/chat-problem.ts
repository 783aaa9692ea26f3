/**
 * Why a chat action was refused, as a code the screens translate (`problems.<code>` in the chat
 * catalogue) with the values its sentence needs; the message is the same in English, for logs
 * and tests.
 */
export type ChatProblemCode = "empty" | "too-long" | "not-member" | "not-moderator" | "no-room" | "no-reason" | "not-signable";

/** An action refused for a reason the member can act on. */
export class ChatProblem extends Error {
  constructor(
    readonly code: ChatProblemCode,
    message: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = "ChatProblem";
  }
}
