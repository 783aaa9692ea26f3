import type { Page } from "playwright-core";

/** Restores an identity from its phrase the way a member does, naming a sync server to find their organisations through. */
export async function restoreIdentityInApp(page: Page, phrase: string, name: string, passphrase: string, relayUrl: string): Promise<void> {
  await page.getByRole("link", { name: "Restore from a recovery phrase" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Restore from a recovery phrase" }).waitFor();
  await page.getByLabel("Recovery phrase").fill(phrase);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("New passphrase for this device").fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByLabel("Sync server address (optional)").fill(relayUrl);
  await page.getByRole("button", { name: "Restore identity" }).click();
  await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
}
