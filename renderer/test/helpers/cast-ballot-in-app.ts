import type { Page } from "playwright-core";
import { waitFor } from "./wait-for.js";

/**
 * Casts a ballot for the word whose radio's name matches `choice` as a member does with a
 * pointer: chooses it, reviews, casts. Each step waits for the state it acts on (the radio
 * checked, the "Check your ballot" step, "Your current ballot"): a vote section drawn anew while
 * the page re-reads (right after an open) loses a choice not yet reviewed, and then the choice
 * and the review are made again on the new form, never a click on a form that has gone.
 */
export async function castBallotInApp(page: Page, choice: RegExp, { timeoutMs = 30_000 } = {}): Promise<void> {
  const ballot = page.locator(".cast-ballot");
  const radio = ballot.getByRole("radio", { name: choice });
  const checking = ballot.getByRole("heading", { name: "Check your ballot" });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The kit's radio input is visually hidden: a pointer chooses it by its label.
    await ballot.locator("label").filter({ has: page.getByRole("radio", { name: choice }) }).click({ timeout: Math.max(1, deadline - Date.now()) });
    try {
      await waitFor(() => radio.isChecked({ timeout: 1_000 }), "the choice checked", { timeoutMs: 5_000 });
      await ballot.getByRole("button", { name: "Review ballot" }).click({ timeout: 5_000 });
      await checking.waitFor({ timeout: 5_000 });
      break;
    } catch (failure) {
      if (Date.now() > deadline) throw failure;
    }
  }
  await ballot.getByRole("button", { name: "Cast ballot" }).click();
  await ballot.getByRole("heading", { name: "Your current ballot" }).waitFor({ timeout: 20_000 });
}
