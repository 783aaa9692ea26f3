// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordId } from "@chapterhouse/crdt";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { CommentThread } from "./CommentThread.js";
import { detail, ids } from "./test-helpers/proposal-fixture.js";

afterEach(cleanup);

describe("CommentThread", () => {
  it("[P4] shows a reply under the comment it answers, with the version each was made on", () => {
    renderTranslated(<CommentThread detail={detail} onPost={undefined} />);
    const question = screen.getByRole("article", { name: /Comment by Member bobbbbbb/ });
    expect(question.textContent).toContain("Which colour?");
    expect(question.textContent).toContain("on version 1");
    const replies = screen.getByRole("list", { name: /Replies to Member bobbbbbb/ });
    expect(within(replies).getByRole("article", { name: "Comment by Member aliceaaa…" }).textContent).toContain(
      "Green.",
    );
    expect(screen.queryByLabelText("Your comment")).toBeNull();
  });

  it("[P4] says before posting that a comment is signed and can't be unsigned, and refuses an empty one without signing", async () => {
    const onPost = vi.fn<(text: string, replyTo: RecordId | null) => Promise<unknown>>(() =>
      Promise.resolve(),
    );
    renderTranslated(<CommentThread detail={detail} onPost={onPost} />);
    const box = screen.getByLabelText("Your comment");
    expect(box.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(box.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /can't be unsigned/,
    );
    fireEvent.click(screen.getByRole("button", { name: "Post comment" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Write the comment first.");
    expect(onPost).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: "Thank you." } });
    fireEvent.click(screen.getByRole("button", { name: "Post comment" }));
    await waitFor(() => expect(onPost).toHaveBeenCalledWith("Thank you.", null));
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(""));
  });

  it("[P4] replies to a comment from its own form, and shows a refusal as it came", async () => {
    const onPost = vi.fn<(text: string, replyTo: RecordId | null) => Promise<unknown>>(() =>
      Promise.reject(new Error("Only members of Riverside or a chapter below it can comment.")),
    );
    renderTranslated(<CommentThread detail={detail} onPost={onPost} />);
    const question = screen.getByRole("article", { name: /Comment by Member bobbbbbb/ });
    const reply = within(question).getByRole("button", { name: "Reply" });
    fireEvent.click(reply);
    expect(reply.getAttribute("aria-expanded")).toBe("true");
    const box = within(question).getByLabelText(/Reply to Member bobbbbbb/);
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: "Or blue?" } });
    fireEvent.click(within(question).getByRole("button", { name: "Post reply" }));
    expect((await within(question).findByRole("alert")).textContent).toMatch(/Only members of Riverside/);
    expect(onPost).toHaveBeenCalledWith("Or blue?", ids.question);
  });
});
