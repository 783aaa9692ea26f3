// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LanguageSwitch } from "../i18n/LanguageSwitch.js";
import { renderTranslated } from "../i18n/test-helpers/render-translated.js";
import { Select } from "./Select.js";

afterEach(cleanup);

const RULES = [
  { id: "plurality", label: "Most votes" },
  { id: "approval", label: "Approval" },
  { id: "ranked", label: "Ranked choice" },
];

describe("Select", () => {
  it("[A11Y2] is named by its label, opens with the arrow keys and chooses with Enter", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<Select label="Voting rule" options={RULES} onChange={onChange} />);
    await user.tab();
    const button = screen.getByRole("button", { name: /Voting rule/ });
    expect(button.textContent).toContain("Choose…");
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("listbox")).toBeDefined();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onChange).toHaveBeenCalledWith("approval");
    expect(screen.queryByRole("listbox")).toBeNull();
  });
});

describe("LanguageSwitch", () => {
  it("[I18N4] offers each language in its own words, marked with its language, and switches the page when one is chosen", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const { store } = renderTranslated(<LanguageSwitch onError={onError} />);
    await user.click(screen.getByRole("button", { name: /Language/ }));
    const spanish = screen.getByRole("option", { name: "Español" });
    expect(spanish.getAttribute("lang")).toBe("es");
    expect(screen.getByRole("option", { name: "English" }).getAttribute("aria-selected")).toBe("true");
    await user.click(spanish);
    expect(await screen.findByRole("button", { name: /Idioma/ })).toBeDefined();
    expect(document.documentElement.lang).toBe("es");
    expect(store.saved).toEqual(["es"]);
    expect(onError).not.toHaveBeenCalled();
  });
});
