/**
 * The one error the desktop modules throw on purpose: its `code` travels to the renderer in
 * the reply envelope (`DesktopReply` of @chapterhouse/crdt), its message is shown as is, so it never
 * holds a passphrase, a phrase or a key.
 */
import type { DesktopErrorCode } from "@chapterhouse/crdt/desktop";

/** A refusal or failure with a code the renderer can act on. */
export class DesktopFault extends Error {
  constructor(
    readonly code: DesktopErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DesktopFault";
  }
}
