import type { Page } from "playwright-core";

/**
 * Chooses `option` in the drop-down list labelled `label` (the kit's Select: a button that
 * opens a list box), the way a member does with a pointer.
 */
export async function chooseOption(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole("button", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await page.getByRole("listbox").waitFor({ state: "detached" });
}
