// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordId } from "@chapterhouse/crdt/records";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { CommentThread } from "./CommentThread.js";
import { ProposalProblem } from "./proposal-problem.js";
import { detail, ids } from "./test-helpers/proposal-fixture.js";

afterEach(cleanup);

const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" | ");

describe("CommentThread", () => {
  it("[P4] shows a reply under the comment it answers, with the version each was made on", () => {
    renderTranslated(<CommentThread detail={detail} onPost={undefined} />);
    const question = screen.getByRole("article", { name: /Comment by Member bobbbbbb/ });
    expect(question.textContent).toContain("Which colour?");
    expect(question.textContent).toContain("on version 1");
    const replies = screen.getByRole("list", { name: /Replies to Member bobbbbbb/ });
    expect(within(replies).getByRole("article", { name: "Comment by Member aliceaaa…" }).textContent).toContain("Green.");
    expect(screen.queryByLabelText("Your comment")).toBeNull();
    expect(screen.getByText("Members of the chapter can comment.")).toBeTruthy();
  });

  it("[P4] says before posting that a comment is published and permanent, and refuses an empty one without posting", async () => {
    const user = userEvent.setup();
    const onPost = vi.fn<(text: string, replyTo: RecordId | null) => Promise<unknown>>(() => Promise.resolve());
    renderTranslated(<CommentThread detail={detail} onPost={onPost} />);
    const box = screen.getByRole<HTMLTextAreaElement>("textbox", { name: "Your comment" });
    expect(describedBy(box)).toMatch(/can't be edited or deleted/);
    await user.click(screen.getByRole("button", { name: "Post comment" }));
    await waitFor(() => expect(describedBy(box)).toContain("Write the comment first."));
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(onPost).not.toHaveBeenCalled();
    await user.type(box, "Thank you.");
    await user.click(screen.getByRole("button", { name: "Post comment" }));
    await waitFor(() => expect(onPost).toHaveBeenCalledWith("Thank you.", null));
    await waitFor(() => expect(box.value).toBe(""));
    // Emptied after posting, the field is not called wrong.
    expect(box.getAttribute("aria-invalid")).toBeNull();
  });

  it("[P4] replies to a comment from its own form, and shows a refusal in plain words, in Spanish", async () => {
    const user = userEvent.setup();
    const onPost = vi.fn<(text: string, replyTo: RecordId | null) => Promise<unknown>>(() =>
      Promise.reject(new ProposalProblem("not-member", "Only members of Riverside or a chapter below it can comment.", { chapter: "Riverside" })),
    );
    renderTranslated(<CommentThread detail={detail} onPost={onPost} />, "es");
    const question = screen.getByRole("article", { name: /Comentario de Miembro bobbbbbb/ });
    const reply = within(question).getByRole("button", { name: "Responder" });
    await user.click(reply);
    expect(reply.getAttribute("aria-expanded")).toBe("true");
    const box = within(question).getByRole("textbox", { name: /Respuesta a Miembro bobbbbbb/ });
    expect(document.activeElement).toBe(box);
    await user.type(box, "¿O azul?");
    await user.click(within(question).getByRole("button", { name: "Enviar la respuesta" }));
    expect((await within(question).findByRole("alert")).textContent).toBe("Solo los miembros de Riverside o de una sección por debajo pueden hacer esto.");
    expect(onPost).toHaveBeenCalledWith("¿O azul?", ids.question);
  });
});
