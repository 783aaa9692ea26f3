import type { Page } from "playwright-core";

/**
 * Starts an organisation the way a member does, from the Home screen; resolves on its chapter
 * page with the organisation's document id (from the address).
 */
export async function startOrganisationInApp(page: Page, name: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await page.getByRole("link", { name: "Start an organisation" }).click();
  await page.getByLabel("Name of the organisation").fill(name);
  await page.getByRole("button", { name: "Start organisation" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  return /#\/org\/([^/]+)\//.exec(page.url())?.[1] ?? "";
}

/** Shows the section `name` ("Members", "Proposals & votes", "Overview") of the open chapter page, unless it shows already. */
export async function openChapterSection(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  await page.getByRole("tabpanel", { name }).waitFor();
}

/** Creates an invite link on the open chapter page's members section (uses, 7 days) and returns it. */
export async function createInviteLinkInApp(page: Page, uses: string): Promise<string> {
  await openChapterSection(page, "Members");
  await page.getByRole("textbox", { name: "Uses" }).fill(uses);
  await page.getByRole("textbox", { name: "Valid for (days)" }).fill("7");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByTestId("invite-link").getByLabel("Invite link");
  await link.waitFor();
  await page.getByRole("img", { name: /QR code of the invite link/ }).waitFor();
  return link.inputValue();
}

/** The member keys listed on the open chapter page's members section in the list named `list`, sorted. */
export async function listedMemberKeys(page: Page, list: string): Promise<string[]> {
  await openChapterSection(page, "Members");
  const items = page.getByRole("list", { name: list }).getByRole("listitem");
  return (await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-member-key") ?? ""))).sort();
}
