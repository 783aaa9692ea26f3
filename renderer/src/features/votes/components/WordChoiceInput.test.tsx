// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CONSENSUS_WORDS, CONSENT_WORDS, YES_NO_WORDS } from "./choice-words.js";
import { WordChoiceInput } from "./WordChoiceInput.js";

afterEach(cleanup);

describe("WordChoiceInput", () => {
  it("[T7] offers for, against and abstain as one radio group, each with its meaning", () => {
    render(<WordChoiceInput words={YES_NO_WORDS} value={null} onChange={vi.fn()} legend="Your choice" />);
    const group = screen.getByRole("group", { name: "Your choice" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => (radio as HTMLInputElement).value)).toEqual(["for", "against", "abstain"]);
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    const against = within(group).getByRole("radio", { name: "Against" });
    expect(document.getElementById(against.getAttribute("aria-describedby") ?? "")?.textContent).toBe("You oppose the proposal.");
  });

  it("[T9] emits exactly the consent words, stand-aside and block included", () => {
    const onChange = vi.fn();
    render(<WordChoiceInput words={CONSENT_WORDS} value={null} onChange={onChange} legend="Your choice" />);
    fireEvent.click(screen.getByRole("radio", { name: "Stand aside" }));
    fireEvent.click(screen.getByRole("radio", { name: "Consent with concerns" }));
    fireEvent.click(screen.getByRole("radio", { name: "Block" }));
    expect(onChange.mock.calls).toEqual([["stand-aside"], ["concern"], ["block"]]);
  });

  it("[T10] shows the chosen consensus word as checked", () => {
    render(<WordChoiceInput words={CONSENSUS_WORDS} value="agree" onChange={vi.fn()} legend="Your choice" />);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Agree" }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Block" }).checked).toBe(false);
  });
});
