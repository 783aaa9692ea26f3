/**
 * The collaborative draft of a proposal: Automerge text at `unsigned.draft` in its Proposal document
 * (PROTOCOL.md D4). Unsigned and never voted on — a vote is on a signed version — so it is read
 * directly, not through the chokepoint; edits merge character by character between devices.
 */
import * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";

/** Where the draft text lives in the document. */
export const DRAFT_PATH: readonly A.Prop[] = Object.freeze(["unsigned", "draft"]);

function unsignedOf(doc: unknown): Record<string, unknown> | undefined {
  const unsigned =
    typeof doc === "object" && doc !== null ? (doc as Record<string, unknown>)["unsigned"] : undefined;
  return typeof unsigned === "object" && unsigned !== null && !Array.isArray(unsigned)
    ? (unsigned as Record<string, unknown>)
    : undefined;
}

/** The draft text of a Proposal document ("" when missing or not text: it is unsigned, anyone may break it). Never throws. */
export function draftOf(doc: unknown): string {
  const draft = unsignedOf(doc)?.["draft"];
  return typeof draft === "string" ? draft : "";
}

/**
 * Makes the draft read `text`, as the smallest splices (`A.updateText`) so that concurrent edits
 * elsewhere in the text survive; a missing or damaged draft is replaced by new text. No change
 * when it already reads `text`.
 * @throws {Error} if the handle is not ready (automerge-repo).
 */
export function editDraft(handle: DocHandle<unknown>, text: string): void {
  if (draftOf(handle.doc()) === text) return;
  handle.change((doc) => {
    const root = doc as Record<string, unknown>;
    const unsigned = unsignedOf(root);
    if (unsigned === undefined) root["unsigned"] = { draft: text };
    else if (typeof unsigned["draft"] !== "string") unsigned["draft"] = text;
    else A.updateText(doc as A.Doc<unknown>, [...DRAFT_PATH], text);
  });
}

/**
 * A stable position in the draft (an Automerge cursor) for `index`, so a caret stays beside the
 * same character while others edit; undefined when the draft is not text. Never throws.
 */
export function draftCursor(doc: unknown, index: number): A.Cursor | undefined {
  const length = draftOf(doc).length;
  if (typeof unsignedOf(doc)?.["draft"] !== "string") return undefined;
  try {
    return A.getCursor(doc as A.Doc<unknown>, [...DRAFT_PATH], index >= length ? "end" : Math.max(0, index));
  } catch {
    return undefined;
  }
}

/** Where a cursor from `draftCursor` is now, or undefined if it cannot be resolved. Never throws. */
export function draftCursorIndex(doc: unknown, cursor: A.Cursor): number | undefined {
  try {
    return A.getCursorPosition(doc as A.Doc<unknown>, [...DRAFT_PATH], cursor);
  } catch {
    return undefined;
  }
}
