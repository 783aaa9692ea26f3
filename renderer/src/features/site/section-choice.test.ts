import { describe, expect, it } from "vitest";
import { SITE_SECTION, sectionsToRecord, showsSection } from "./section-choice.js";

const page = ["blog", "forum", "members", "projects"];

describe("the sections a chapter's page shows", () => {
  it("[SITE1.5] a setting naming no section shows every one", () => {
    expect(page.filter((id) => showsSection([], id))).toEqual(page);
  });

  it("[SITE1.5] a setting naming sections shows those and the home page, and hides the others", () => {
    const sections = ["forum", SITE_SECTION];
    expect([...page, SITE_SECTION].filter((id) => showsSection(sections, id))).toEqual(["forum", SITE_SECTION]);
  });

  it("[SITE1.5] the home page shows even when a setting leaves it out, as its form is where sections are chosen again", () => {
    expect(showsSection(["blog"], SITE_SECTION)).toBe(true);
  });

  it("[SITE1.1] [SITE1.5] choosing every section records none, so sections added later show too", () => {
    expect(sectionsToRecord(page, ["projects", "blog", "forum", "members"])).toEqual([]);
  });

  it("[SITE1.1] [SITE1.5] choosing some records them with the home page, sorted without repeats", () => {
    expect(sectionsToRecord(page, ["projects", "blog", "projects"])).toEqual(["blog", "projects", SITE_SECTION]);
  });

  it("[SITE1.5] choosing none records the home page alone, never an empty list that would show all", () => {
    expect(sectionsToRecord(page, [])).toEqual([SITE_SECTION]);
  });

  it("[SITE1.5] a chosen id the page does not have is not recorded", () => {
    expect(sectionsToRecord(page, ["blog", "gone"])).toEqual(["blog", SITE_SECTION]);
  });
});
