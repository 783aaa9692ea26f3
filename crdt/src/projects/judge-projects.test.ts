import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { scenarioOrganisation } from "../chat/test-helpers/scenario-organisation.js";
import { CausalRosters } from "../proposals/causal-rosters.js";
import { parseRecord, type ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { judgeProjects } from "./judge-projects.js";
import { parseProjectBody } from "./project-bodies.js";
import { projectDraft, projectMemberDraft, taskDraft, taskUpdateDraft } from "./project-records.js";
import { readProjects } from "./read-projects.js";
import { taskOverdue } from "./task-overdue.js";

let s: ChatScenario;
let verifier: Verifier;
let project: ParsedRecord;
let task: ParsedRecord;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
  project = await s.sign("carol", projectDraft({ chapter: s.north, title: "Repair café", description: "", decisions: [] }, [s.grants.carol]), 10);
  task = await s.sign("carol", taskDraft({ project: project.id, title: "Find a venue", assignee: null, due: null, status: "todo" }, [s.grants.carol]), 11);
});

const judge = (records: readonly ParsedRecord[]) => judgeProjects(s.north, records, new CausalRosters(new Map([...s.governance, ...records].map((record) => [record.id, record]))));
const move = (who: "bob" | "carol", status: "todo" | "doing" | "done", deps: readonly string[], offset: number, assignee: string | null = null) =>
  s.sign(who, taskUpdateDraft({ task: task.id, title: "Find a venue", assignee: assignee as never, due: null, status }, [s.grants[who], ...(deps as never[])]), offset);

describe("judging a chapter's projects (PJ)", () => {
  it("[PJ5.1] a task edit by a member who is not the lead, the author, the assignee or taking part is invalid and changes nothing", async () => {
    const bobs = await move("bob", "done", [task.id], 20);
    const judged = judge([project, task, bobs]);
    expect(judged.verdicts.get(bobs.id)).toEqual({ status: "ineligible-signer", detail: "[PJ5.1] only the project's lead, a member taking part, or the task's author or assignee edits a task" });
    expect(judged.projects[0]!.tasks.map((entry) => entry.status)).toEqual(["todo"]);
  });

  it("[PJ5.1] the assignee a version names may edit the task with an update citing that version; taking part lets a member edit too", async () => {
    const assigned = await move("carol", "doing", [task.id], 20, s.key("bob"));
    const bobs = await move("bob", "done", [assigned.id], 21);
    expect(judge([project, task, assigned, bobs]).verdicts.get(bobs.id)?.status).toBe("valid");
    const joins = await s.sign("bob", projectMemberDraft({ project: project.id, taking: true }, [s.grants.bob]), 15);
    const alone = await move("bob", "done", [task.id, joins.id], 22);
    expect(judge([project, task, joins, alone]).verdicts.get(alone.id)?.status).toBe("valid");
    // Taking part counts as the update's own causal past shows it: one not citing bob's answer stays refused.
    const before = await move("bob", "done", [task.id], 23);
    expect(judge([project, task, joins, before]).verdicts.get(before.id)?.status).toBe("ineligible-signer");
  });

  it("[PJ4] [PJ1] a task by a member not taking part, and a record by a non-member of the chapter, are refused", async () => {
    const bobs = await s.sign("bob", taskDraft({ project: project.id, title: "Bring tools", assignee: null, due: null, status: "todo" }, [s.grants.bob]), 12);
    const erins = await s.sign("erin", projectMemberDraft({ project: project.id, taking: true }, []), 13);
    const judged = judge([project, task, bobs, erins]);
    expect(judged.verdicts.get(bobs.id)?.detail).toBe("[PJ4] only the project's lead or a member taking part adds a task");
    expect(judged.verdicts.get(erins.id)?.status).toBe("ineligible-signer");
  });

  it("[PJ3] a member's latest answer counts: joined, then left, is not taking part; the lead always is", async () => {
    const joins = await s.sign("bob", projectMemberDraft({ project: project.id, taking: true }, [s.grants.bob]), 15);
    const leaves = await s.sign("bob", projectMemberDraft({ project: project.id, taking: false }, [s.grants.bob, joins.id]), 16);
    const carolLeaves = await s.sign("carol", projectMemberDraft({ project: project.id, taking: false }, [s.grants.carol]), 17);
    expect(judge([project, joins]).projects[0]!.members).toEqual([s.key("bob"), s.key("carol")].sort());
    expect(judge([project, joins, leaves, carolLeaves]).projects[0]!.members).toEqual([s.key("carol")]);
  });

  it("[PJ5.2] two members' concurrent status changes converge to the same status in every order of arrival; a change made knowing both settles them", async () => {
    const joins = await s.sign("bob", projectMemberDraft({ project: project.id, taking: true }, [s.grants.bob]), 15);
    const carols = await move("carol", "doing", [task.id], 30);
    const bobs = await move("bob", "done", [task.id, joins.id], 30);
    const records = [project, task, joins, carols, bobs];
    const expected = carols.id > bobs.id ? "doing" : "done";
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (order) => {
        const [entry] = judge(order).projects[0]!.tasks;
        expect(entry!.status).toBe(expected);
        expect(entry!.heads).toEqual([carols.id, bobs.id].sort());
      }),
      { numRuns: 20 },
    );
    // Earlier by its claimed time than both, the settling change still wins: it cites them.
    const settles = await move("bob", "todo", [carols.id, bobs.id], 25);
    const [settled] = judge([...records, settles]).projects[0]!.tasks;
    expect([settled!.status, settled!.heads]).toEqual(["todo", [settles.id]]);
  });

  it("[PJ4] a due day must be a real day of the calendar", () => {
    const body = { project: project.id, title: "Print", assignee: null, status: "todo" };
    expect(parseProjectBody("task", { ...body, due: "2028-02-29" }).ok).toBe(true);
    expect(parseProjectBody("task", { ...body, due: "2027-02-29" })).toEqual({ ok: false, problem: "due is neither null nor a day YYYY-MM-DD" });
    expect(parseProjectBody("task", { ...body, due: "2027-2-01" }).ok).toBe(false);
  });

  it("[PJ6.2] [PJ6.1] a forged task update is not applied and is counted as refused; progress counts the done tasks", async () => {
    const done = await move("carol", "done", [task.id], 20);
    const forged = parseRecord(done.text.replace('"status":"done"', '"status":"todo"'));
    if (!("envelope" in forged)) throw new Error("the forged text should still parse");
    const other = await s.sign("carol", taskDraft({ project: project.id, title: "Print the flyer", assignee: null, due: "2026-12-20", status: "todo" }, [s.grants.carol]), 12);
    const read = await readProjects(scenarioOrganisation(s, "projects", [], [project, task, other, done]), s.north, verifier, new VerifiedCache());
    expect(read.projects[0]!.progress).toEqual({ done: 1, total: 2 });
    expect(read.projects[0]!.tasks.map((entry) => entry.title)).toEqual(["Print the flyer", "Find a venue"]);
    const tampered = await readProjects(scenarioOrganisation(s, "projects", [], [project, task, other, forged]), s.north, verifier, new VerifiedCache());
    expect([tampered.projects[0]!.progress, tampered.refused]).toEqual([{ done: 0, total: 2 }, 1]);
  });

  it("[PJ4.1] a task may carry a description: an empty one is left out of the body, so a task without one signs as before; an empty description member is malformed", () => {
    const body = { project: project.id, title: "Print", assignee: null, due: null, status: "todo" } as const;
    expect(taskDraft({ ...body, description: "" }).body).toEqual(body);
    expect(taskDraft({ ...body, description: "A5, both sides" }).body).toEqual({ ...body, description: "A5, both sides" });
    expect(parseProjectBody("task", { ...body, description: "A5, both sides" }).ok).toBe(true);
    expect(parseProjectBody("task-update", { task: task.id, title: "Print", assignee: null, due: null, status: "todo", description: "" })).toMatchObject({ ok: false, problem: expect.stringMatching(/^description/) });
  });

  it("[PJ5.1] [PJ4.1] the assignee edits a task beyond its status — title, due day, description, assignee — and the task stands as the new version", async () => {
    const assigned = await move("carol", "todo", [task.id], 20, s.key("bob"));
    const bobs = await s.sign("bob", taskUpdateDraft({ task: task.id, title: "Find a hall", description: "Ask the school first", assignee: s.key("carol"), due: "2026-12-24", status: "doing" }, [s.grants.bob, assigned.id]), 21);
    const judged = judge([project, task, assigned, bobs]);
    expect(judged.verdicts.get(bobs.id)?.status).toBe("valid");
    const [entry] = judged.projects[0]!.tasks;
    expect([entry!.title, entry!.description, entry!.assignee, entry!.due, entry!.status]).toEqual(["Find a hall", "Ask the school first", s.key("carol"), "2026-12-24", "doing"]);
  });

  it("[PJ6.4] a task is overdue when its due day is before today and it is not done", () => {
    expect(taskOverdue({ due: "2026-12-06", status: "todo" }, "2026-12-07")).toBe(true);
    expect(taskOverdue({ due: "2026-12-07", status: "doing" }, "2026-12-07")).toBe(false);
    expect(taskOverdue({ due: "2026-12-01", status: "done" }, "2026-12-07")).toBe(false);
    expect(taskOverdue({ due: null, status: "todo" }, "2026-12-07")).toBe(false);
  });
});
