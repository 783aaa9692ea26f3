import type * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import { useEffect, useId, useLayoutEffect, useRef, useState, type ChangeEvent } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { draftCursor, draftCursorIndex, draftOf, editDraft } from "./draft-text.js";
import "../../shared/ui/Field.css";

/**
 * The collaborative draft: a textarea (styled as the kit's fields; the kit's TextField gives no
 * hold on the caret) bound to the Automerge text of the Proposal document. Each keystroke is a
 * small splice that merges with everyone else's; others' edits appear as they arrive, and the
 * caret stays beside the same character (kept as an Automerge cursor).
 */
export function DraftEditor({
  handle,
  latest,
}: {
  readonly handle: DocHandle<unknown>;
  /** The latest published version's number and text, to say whether the draft differs from it. */
  readonly latest: { readonly n: number; readonly text: string } | undefined;
}) {
  const t = useT("proposals");
  const format = useFormat();
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

  const state =
    latest === undefined
      ? t("draft.notPublished")
      : text === latest.text
        ? t("draft.sameAsVersion", { n: format.count(latest.n) })
        : t("draft.changed", { n: format.count(latest.n) });
  return (
    <div className="ui-Field draft-editor">
      <label htmlFor={`${ids}-draft`} className="ui-FieldLabel">
        {t("draft.label")}
      </label>
      <textarea
        id={`${ids}-draft`}
        className="ui-Input"
        ref={area}
        value={text}
        rows={10}
        onChange={onInput}
        onSelect={rememberCaret}
        onKeyUp={rememberCaret}
        onFocus={rememberCaret}
        aria-describedby={`${ids}-help ${ids}-state`}
      />
      <p id={`${ids}-help`} className="ui-FieldDescription">
        {t("draft.help")}
      </p>
      <p id={`${ids}-state`} className="ui-FieldDescription draft-state" data-changed={latest !== undefined && text !== latest.text}>
        {state}
      </p>
    </div>
  );
}
