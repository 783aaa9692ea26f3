import type { Page } from "playwright-core";

/**
 * Adds a relay the way a member does: Settings, type the address, "Add relay"; resolves once
 * the relay is listed as connected.
 */
export async function addRelayInSettings(page: Page, relayUrl: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Relay address").fill(relayUrl);
  await page.getByRole("button", { name: "Add relay" }).click();
  const item = page.getByRole("list", { name: "Relays" }).getByRole("listitem").filter({ hasText: relayUrl });
  await item.getByText("Connected", { exact: true }).waitFor({ timeout: 15_000 });
}
