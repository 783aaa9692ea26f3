// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Button } from "./Button.js";
import { Form } from "./Form.js";
import { TextArea } from "./TextArea.js";
import { TextField } from "./TextField.js";

afterEach(cleanup);

const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" | ");

describe("TextField", () => {
  it("[A11Y2] is named by its label and described by its description; an optional one says so", () => {
    renderTranslated(<TextField label="Title" description="A few words." optional />);
    const input = screen.getByRole("textbox", { name: "Title (optional)" });
    expect(describedBy(input)).toBe("A few words.");
  });

  it("[UI1] with a limit, says how many characters of how many, in the field's description", async () => {
    const user = userEvent.setup();
    renderTranslated(<TextField label="Title" limit={200} />);
    const input = screen.getByRole("textbox", { name: "Title" });
    expect(describedBy(input)).toBe("0 of 200 characters");
    await user.type(input, "Rent");
    expect(describedBy(input)).toBe("4 of 200 characters");
  });

  it("[UI1] never cuts a text past its limit: it keeps every character, says how many too many and is invalid", async () => {
    const user = userEvent.setup();
    renderTranslated(<TextField label="Title" limit={10} />);
    const input = screen.getByRole<HTMLInputElement>("textbox", { name: "Title" });
    expect(input.maxLength).toBe(-1);
    await user.click(input);
    await user.paste("Twelve chars");
    expect(input.value).toBe("Twelve chars");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(input)).toContain("12 of 10 characters");
    expect(describedBy(input)).toContain("2 characters too many: shorten it to send");
    expect(screen.getByText("Too long: at most 10 characters").getAttribute("aria-live")).toBe("polite");
    await user.keyboard("{Backspace}{Backspace}");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(describedBy(input)).toBe("10 of 10 characters");
  });

  it("[UI1] a form with a text past its limit does not submit, and focus goes to that field", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    renderTranslated(
      <Form onSubmit={onSubmit}>
        <TextField label="Name" />
        <TextArea label="Reason" limit={5} defaultValue="Far too long" />
        <Button type="submit">Send</Button>
      </Form>,
    );
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Reason" }));
  });

  it("[UI1][I18N5] counts and complains in Spanish, with Spanish numbers and plural forms", async () => {
    const user = userEvent.setup();
    renderTranslated(<TextArea label="Motivo" limit={1000} defaultValue={"a".repeat(1001)} />, "es");
    const input = screen.getByRole("textbox", { name: "Motivo" });
    expect(describedBy(input)).toContain("1001 de 1000 caracteres");
    expect(describedBy(input)).toContain("1 carácter de más: acórtalo para enviarlo");
    await user.type(input, "bb");
    expect(describedBy(input)).toContain("3 caracteres de más");
  });

  it("[A11Y2] shows the problem an action gave and is invalid while it is set", () => {
    renderTranslated(<TextField label="Relay address" errorMessage="A relay address starts with wss://" />);
    const input = screen.getByRole("textbox", { name: "Relay address" });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(input)).toBe("A relay address starts with wss://");
  });
});
