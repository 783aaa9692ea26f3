// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderTranslated } from "../../../shared/i18n/test-helpers/render-translated.js";
import { CONSENSUS_WORDS, CONSENT_WORDS, YES_NO_WORDS } from "./choice-words.js";
import { WordChoiceInput } from "./WordChoiceInput.js";

afterEach(cleanup);

/** A radio by its word: its name is the word; its meaning describes it. */
const word = (name: string) => screen.getByRole<HTMLInputElement>("radio", { name });

describe("WordChoiceInput", () => {
  it("[T7] offers for, against and abstain as one radio group, each with its meaning", () => {
    renderTranslated(<WordChoiceInput words={YES_NO_WORDS} value={null} onChange={vi.fn()} legend="Your choice" />);
    const group = screen.getByRole("radiogroup", { name: "Your choice" });
    const radios = within(group).getAllByRole<HTMLInputElement>("radio");
    expect(radios.map((radio) => radio.value)).toEqual(["for", "against", "abstain"]);
    expect(radios.every((radio) => !radio.checked)).toBe(true);
    expect(screen.getByRole("radio", { name: "Against", description: "You oppose the proposal." })).toBe(word("Against"));
  });

  it("[T9] emits exactly the consent words, stand-aside and block included, chosen from the keyboard", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderTranslated(<WordChoiceInput words={CONSENT_WORDS} value={null} onChange={onChange} legend="Your choice" />);
    await user.tab();
    expect(document.activeElement).toBe(word("Consent"));
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(onChange.mock.calls).toEqual([["concern"], ["stand-aside"], ["block"]]);
  });

  it("[T10] shows the chosen consensus word as checked, in Spanish too", () => {
    renderTranslated(<WordChoiceInput words={CONSENSUS_WORDS} value="agree" onChange={vi.fn()} legend="Tu elección" />, "es");
    expect(word("De acuerdo").checked).toBe(true);
    expect(word("Bloqueo").checked).toBe(false);
  });
});
