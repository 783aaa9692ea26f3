/**
 * The chat kinds (PROTOCOL.md CH1–CH8, CH13), declared once. A room's pages are Thread documents (CH9):
 * the room's creation record in `origin` (and in its chapter's `threads`, so the chapter lists its
 * rooms), the pages started in `pages`, pins in `pins`, and messages with everything that refers to
 * one in `messages`. Registered in kinds/registry.ts.
 */
import type { CanonicalValue } from "../records/canonical.js";
import { defineKind } from "../kinds/define-kind.js";
import { parseChatBody, type ChatKind } from "./chat-bodies.js";

/** A chat kind held in a Thread document's `map`. */
function chatKind<const K extends ChatKind>(kind: K, map: string, rule: string) {
  return defineKind({
    kind,
    document: "thread",
    map,
    // CH2: a room's creation record is also its entry in the chapter's index (D6); DS3: a moderator's
    // hide of a dissent is held in the chapter's decisions log, beside the dissent.
    ...(kind === "thread" ? { alsoIn: [{ document: "chapter", map: "threads" }] as const } : {}),
    // CU6: a hide of a current's statement is held in the Currents document, beside the current.
    ...(kind === "hide" ? { alsoIn: [{ document: "chapter", map: "decisions" }, { document: "currents", map: "currents" }] as const } : {}),
    parseBody: (body: CanonicalValue) => parseChatBody(kind, body),
    signedBy: "member",
    signable: true,
    rule,
  });
}

/** The kinds of chat rooms. */
export const CHAT_SPECS = Object.freeze([
  chatKind("thread", "origin", "CH2"),
  chatKind("thread-page", "pages", "CH3"),
  chatKind("message", "messages", "CH4"),
  chatKind("message-edit", "messages", "CH5"),
  chatKind("message-delete", "messages", "CH5"),
  chatKind("reaction", "messages", "CH6"),
  chatKind("pin", "pins", "CH7"),
  chatKind("hide", "messages", "CH8"),
  chatKind("report", "messages", "CH13"),
] as const);
