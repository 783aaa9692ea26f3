import type * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import { useEffect, useId, useLayoutEffect, useRef, useState, type ChangeEvent } from "react";
import { draftCursor, draftCursorIndex, draftOf, editDraft } from "./draft-text.js";

/**
 * The collaborative draft: a plain textarea bound to the Automerge text of the Proposal document.
 * Each keystroke is a small splice that merges with everyone else's; others' edits appear as they
 * arrive, and the caret stays beside the same character (kept as an Automerge cursor).
 */
export function DraftEditor({
  handle,
  latestText,
}: {
  readonly handle: DocHandle<unknown>;
  /** The latest signed version's text, to say whether the draft has unsigned changes. */
  readonly latestText: string | undefined;
}) {
  const ids = useId();
  const [text, setText] = useState(() => draftOf(handle.doc()));
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<{ start: A.Cursor; end: A.Cursor } | undefined>(undefined);
  const restore = useRef<readonly [number, number] | undefined>(undefined);

  const rememberCaret = (): void => {
    const element = area.current;
    if (element === null) return;
    const doc = handle.doc();
    const start = draftCursor(doc, element.selectionStart);
    const end = draftCursor(doc, element.selectionEnd);
    caret.current = start === undefined || end === undefined ? undefined : { start, end };
  };

  useEffect(() => {
    const onChange = ({ doc }: { doc: unknown }): void => {
      const next = draftOf(doc);
      const element = area.current;
      if (
        element !== null &&
        element.ownerDocument.activeElement === element &&
        element.value !== next &&
        caret.current !== undefined
      ) {
        const start = draftCursorIndex(doc, caret.current.start);
        const end = draftCursorIndex(doc, caret.current.end);
        if (start !== undefined && end !== undefined) restore.current = [start, end];
      }
      setText(next);
    };
    handle.on("change", onChange);
    setText(draftOf(handle.doc()));
    return () => void handle.off("change", onChange);
  }, [handle]);

  // After others' edits re-render the text, put the caret back beside the same characters.
  useLayoutEffect(() => {
    const element = area.current;
    const selection = restore.current;
    if (element === null || selection === undefined) return;
    restore.current = undefined;
    element.setSelectionRange(selection[0], selection[1]);
  }, [text]);

  function onInput(event: ChangeEvent<HTMLTextAreaElement>): void {
    const value = event.target.value;
    setText(value);
    editDraft(handle, value);
    rememberCaret();
  }

  const unsigned =
    latestText === undefined
      ? "No version is signed yet."
      : text === latestText
        ? "The draft is the latest version's text."
        : "The draft has changes not in a signed version.";
  return (
    <div className="draft-editor">
      <label htmlFor={`${ids}-draft`}>Draft text</label>
      <p id={`${ids}-help`} className="help">
        Shared with the chapter's members as you type, and merged with their edits. The draft is not signed; a
        vote is always on a signed version. {unsigned}
      </p>
      <textarea
        id={`${ids}-draft`}
        ref={area}
        value={text}
        rows={10}
        onChange={onInput}
        onSelect={rememberCaret}
        onKeyUp={rememberCaret}
        onFocus={rememberCaret}
        aria-describedby={`${ids}-help`}
      />
    </div>
  );
}
