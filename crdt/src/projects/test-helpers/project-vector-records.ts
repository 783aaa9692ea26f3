/**
 * The records of the projects vector (crdt/vectors/projects/board.json) and what they give, as
 * plain JSON. Built on chat's scenario (Riverside above North; bob and carol in North, dave in
 * Riverside, erin no member): carol leads a project; bob first edits a task he may not (and stays
 * refused after he joins: taking part counts as a record's causal past shows it), then joins and
 * moves one citing his answer; carol and bob change one task's status concurrently, and a later change settles it.
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ChapterId, ProposalId } from "../../records/ids.js";
import type { ParsedRecord } from "../../records/record.js";
import { judgeProjects } from "../judge-projects.js";
import { projectDraft, projectMemberDraft, taskDraft, taskUpdateDraft } from "../project-records.js";

/** The vector's records, each with a note naming what it shows. */
export async function projectVectorRecords(s: ChatScenario): Promise<{ note: string; record: ParsedRecord }[]> {
  const out: { note: string; record: ParsedRecord }[] = [];
  const add = async (note: string, who: Parameters<ChatScenario["sign"]>[0], draft: Parameters<ChatScenario["sign"]>[1], offset: number) => {
    const record = await s.sign(who, draft, offset);
    out.push({ note, record });
    return record;
  };
  const decision = s.root as unknown as ProposalId;
  const project = await add("[PJ2] carol leads a project of North, linked to a decision", "carol", projectDraft({ chapter: s.north, title: "Repair café", description: "Fix things together, monthly.", decisions: [decision] }, [s.grants.carol]), 10);
  const flyer = await add("[PJ4] carol adds a task, unassigned, due on a day", "carol", taskDraft({ project: project.id, title: "Print the flyer", assignee: null, due: "2026-12-20", status: "todo" }, [s.grants.carol]), 11);
  const venue = await add("[PJ4] carol adds a task with no day", "carol", taskDraft({ project: project.id, title: "Find a venue", assignee: null, due: null, status: "todo" }, [s.grants.carol]), 12);
  await add("[PJ5.1] bob, a member of North not taking part, may not move carol's task", "bob", taskUpdateDraft({ task: flyer.id, title: "Print the flyer", assignee: null, due: "2026-12-20", status: "done" }, [s.grants.bob, flyer.id]), 13);
  await add("[PJ4] bob, not taking part, may not add a task", "bob", taskDraft({ project: project.id, title: "Bring tools", assignee: null, due: null, status: "todo" }, [s.grants.bob]), 14);
  await add("[PJ1] dave, of Riverside above North, may not join North's project", "dave", projectMemberDraft({ project: project.id, taking: true }, [s.grants.dave]), 15);
  const joins = await add("[PJ3] bob takes part", "bob", projectMemberDraft({ project: project.id, taking: true }, [s.grants.bob]), 16);
  const carolMoves = await add("[PJ5.2] carol moves the venue task to doing", "carol", taskUpdateDraft({ task: venue.id, title: "Find a venue", assignee: s.key("bob"), due: null, status: "doing" }, [s.grants.carol, venue.id]), 20);
  const bobMoves = await add("[PJ5.2] bob, concurrently (citing only the task), moves it to done", "bob", taskUpdateDraft({ task: venue.id, title: "Find a venue", assignee: null, due: null, status: "done" }, [s.grants.bob, joins.id, venue.id]), 20);
  await add("[PJ5.2] carol, knowing both, settles it back to doing", "carol", taskUpdateDraft({ task: venue.id, title: "Find a venue", assignee: s.key("bob"), due: null, status: "doing" }, [s.grants.carol, carolMoves.id, bobMoves.id]), 19);
  return out;
}

/** What the vector's records give in North: each record's verdict, and the projects. */
export function projectVectorExpectations(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId) {
  const rosters = new CausalRosters(new Map([...governance, ...records].map((record) => [record.id, record])));
  const judged = judgeProjects(north, records, rosters);
  return {
    verdicts: Object.fromEntries(judged.verdicts),
    projects: judged.projects.map((project) => ({
      id: project.id,
      title: project.title,
      members: project.members,
      progress: project.progress,
      tasks: project.tasks.map((task) => ({ id: task.id, title: task.title, status: task.status, assignee: task.assignee, due: task.due, heads: task.heads })),
    })),
  };
}
