/** Why a conversation could not be started or written to; `code` says what, the message says it plainly. */
export type MessagesErrorCode =
  /** A member publishes no box key in any profile this device holds (PF1.3): nothing can be sealed to them. */
  | "no-box-key"
  /** More members than a conversation holds (PVC4.3); `limit` says how many. */
  | "too-many-members"
  /** A message's text is empty or longer than a message holds (CH1.1); `limit` says how long it may be. */
  | "bad-length"
  /** This device holds no key of the conversation's current epoch: its member was removed, or the key has not arrived. */
  | "not-a-member";

/** Thrown by the messages actions. */
export class MessagesError extends Error {
  constructor(
    readonly code: MessagesErrorCode,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = "MessagesError";
  }
}
