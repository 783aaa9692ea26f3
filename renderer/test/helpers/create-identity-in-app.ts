import type { Page } from "playwright-core";

/**
 * Creates an identity the way a member does, from wherever the "Create your identity" link is
 * shown: name and passphrase, the recovery phrase read off the screen, three of its words typed
 * back. Resolves with the phrase once the confirmation is accepted. `beforeConfirm` runs while
 * the phrase is on screen (e.g. to take a screenshot).
 */
export async function createIdentityInApp(
  page: Page,
  name: string,
  passphrase: string,
  beforeConfirm?: () => Promise<unknown>,
): Promise<string> {
  await page.getByRole("link", { name: "Create your identity" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Create your identity" }).waitFor();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Passphrase for this device").fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Create identity" }).click();
  const list = page.getByRole("list", { name: "Recovery phrase" });
  await list.waitFor();
  const words = (await list.locator(".phrase-word").allTextContents()).map((w) => w.trim());
  if (words.length !== 12) throw new Error(`expected 12 words, saw ${words.length}`);
  await beforeConfirm?.();
  await page.getByRole("button", { name: "I have written them down" }).click();
  const inputs = page.getByLabel(/^Word \d+$/);
  await inputs.first().waitFor();
  for (const input of await inputs.all()) {
    const id = await input.getAttribute("id");
    const label = await page.locator(`label[for="${id}"]`).textContent();
    const position = Number(/Word (\d+)/.exec(label ?? "")?.[1]);
    await input.fill(words[position - 1]!);
  }
  await page.getByRole("button", { name: "Confirm" }).click();
  await list.waitFor({ state: "detached" });
  return words.join(" ");
}
