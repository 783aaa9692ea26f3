import { describe, expect, it } from "vitest";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { chapterSectionPath } from "./paths.js";

const Content = () => null;

describe("a chapter section's address", () => {
  it("is the chapter's address and the id of a section registered with content, and nothing else under a chapter", () => {
    chapterSections.add(
      { id: "members-test", order: 1, title: { namespace: "organisation", key: "members.tab" }, Content },
      { id: "log-test", order: 2, title: { namespace: "votes", key: "decisionsLink" }, href: () => "#/log" },
    );
    expect(chapterSectionPath.match("/org/ORG/chapter/C/members-test", "")).toEqual({ organisation: "ORG", chapter: "C", section: "members-test" });
    expect(chapterSectionPath.href({ organisation: "ORG", chapter: "C", section: "members-test" })).toBe("#/org/ORG/chapter/C/members-test");
    // A link section's page, another feature's address and an unknown id stay theirs (or nobody's).
    expect(chapterSectionPath.match("/org/ORG/chapter/C/log-test", "")).toBeUndefined();
    expect(chapterSectionPath.match("/org/ORG/chapter/C/decisions", "")).toBeUndefined();
    expect(chapterSectionPath.match("/org/ORG/chapter/C/new", "")).toBeUndefined();
  });
});
