import type { Page } from "playwright-core";

/**
 * Adds a sync server the way a member does: Settings, type the address, "Add server"; resolves
 * once it is listed as connected.
 */
export async function addRelayInSettings(page: Page, relayUrl: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Server address").fill(relayUrl);
  await page.getByRole("button", { name: "Add server" }).click();
  const item = page.getByRole("list", { name: "Sync servers" }).getByRole("listitem").filter({ hasText: relayUrl });
  await item.getByText("Connected", { exact: true }).waitFor({ timeout: 15_000 });
}
