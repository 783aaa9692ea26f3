// @vitest-environment jsdom
import * as A from "@automerge/automerge";
import { Repo, type DocHandle } from "@automerge/automerge-repo";
import { createProposalDoc, type ProposalDoc } from "@chapterhouse/crdt/documents";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { DraftEditor } from "./DraftEditor.js";
import { DRAFT_PATH, draftOf } from "./draft-text.js";

let repo: Repo | undefined;
afterEach(async () => {
  cleanup();
  await repo?.shutdown();
  repo = undefined;
});

function draftHandle(text: string): DocHandle<ProposalDoc> {
  repo = new Repo({ network: [] });
  return repo.import<ProposalDoc>(A.save(createProposalDoc(text)));
}

describe("DraftEditor", () => {
  it("[D4] writes what the member types into the Proposal document's draft text", () => {
    const handle = draftHandle("We repaint.");
    renderTranslated(<DraftEditor handle={handle} latest={undefined} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>("Draft text");
    expect(area.value).toBe("We repaint.");
    fireEvent.change(area, { target: { value: "We repaint the stairwell." } });
    expect(draftOf(handle.doc())).toBe("We repaint the stairwell.");
    expect(screen.getByText("Not published yet.")).toBeTruthy();
  });

  it("[D4] shows another member's edit as it arrives and keeps the caret beside the same characters", () => {
    const handle = draftHandle("Hello world");
    renderTranslated(<DraftEditor handle={handle} latest={{ n: 1, text: "Hello world" }} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>("Draft text");
    area.focus();
    area.setSelectionRange(6, 11); // "world" selected
    fireEvent.select(area);
    // Someone else inserts at the start: the selection moves with "world".
    act(() => handle.change((doc) => A.splice(doc, [...DRAFT_PATH], 0, 0, "Oh, ")));
    expect(area.value).toBe("Oh, Hello world");
    expect([area.selectionStart, area.selectionEnd]).toEqual([10, 15]);
    expect(screen.getByText("The draft has changes that are not in version 1.")).toBeTruthy();
  });
});
