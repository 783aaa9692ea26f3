import type { ChapterProject, ProjectTask } from "@chapterhouse/crdt/projects";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { projectSearchItems } from "./search-sources.js";

const north = "north" as ChapterId;
const alice = "alice" as MemberKey;
const task = (id: string, title: string): ProjectTask => ({ id: id as RecordId, title, description: "", assignee: null, due: null, status: "todo", author: alice, at: 9, heads: [] });
const project: ChapterProject = { id: "p1" as RecordId, chapter: north, title: "Fix the boiler", description: "Before winter", decisions: [], lead: alice, at: 4, members: [alice], answers: [], tasks: [task("k1", "Call the plumber")], progress: { done: 0, total: 1 } };

describe("what projects give search (issue 12 item 8)", () => {
  it("[SEARCH4] a project is found by its title and description, each of its tasks by its title, linked to the project's page", () => {
    expect(projectSearchItems([project], "Org")).toEqual([
      { key: "p1", kind: "project", chapter: north, title: "Fix the boiler", text: "Before winter", href: "#/org/Org/chapter/north/project/p1", at: 4 },
      { key: "k1", kind: "task", chapter: north, title: "Call the plumber", text: "Fix the boiler", href: "#/org/Org/chapter/north/project/p1", at: 9 },
    ]);
  });
});
