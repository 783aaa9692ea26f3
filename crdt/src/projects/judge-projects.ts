/**
 * A chapter's projects judged (PROTOCOL.md PJ1–PJ6): each record's verdict, then each valid
 * project as the chapter shows it — its lead and members taking part (PJ3), its tasks as they
 * stand (PJ5.2) and its progress. Projects first, then members, tasks, and task updates in causal
 * order (an update's permission may rest on a version it cites); taking part counts for a task or an
 * update only as its own causal past shows it. Pure; never throws on content.
 */
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseProjectBody, type ProjectKind, type ProjectMemberBody, type ProjectRecordBody, type TaskFields } from "./project-bodies.js";

/** A task as it stands (PJ5.2). */
export interface ProjectTask extends TaskFields {
  /** "" when its current version has none (PJ4.1). */
  readonly description: string;
  /** The `task` record's id. */
  readonly id: RecordId;
  readonly author: MemberKey;
  /** When the task was made (claimed, R6). */
  readonly at: number;
  /** The versions a new one replaces: the heads (PJ5.2), sorted. */
  readonly heads: readonly RecordId[];
}

/** A valid project of a chapter as it stands. */
export interface ChapterProject {
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly description: string;
  readonly decisions: readonly ProposalId[];
  readonly lead: MemberKey;
  readonly at: number;
  /** The lead and every member taking part (PJ3), sorted by key. */
  readonly members: readonly MemberKey[];
  /** Each member's latest valid answer (PJ3), sorted by member: what their next task or edit cites. */
  readonly answers: readonly { readonly member: MemberKey; readonly id: RecordId; readonly taking: boolean }[];
  /** By due day (none last), then title, then id (PJ6.1). */
  readonly tasks: readonly ProjectTask[];
  readonly progress: { readonly done: number; readonly total: number };
}

export interface ProjectsJudgement {
  /** Every project record given, by id. */
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  /** Newest first by `at`, then id. */
  readonly projects: readonly ChapterProject[];
}

const RULE: Readonly<Record<ProjectKind, string>> = Object.freeze({ project: "PJ2", "project-member": "PJ3", task: "PJ4", "task-update": "PJ5" });
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Largest claimed time first, then the larger id (PJ3, PJ5.2). */
const latest = (a: ParsedRecord, b: ParsedRecord): number => b.envelope.at - a.envelope.at || byText(b.id, a.id);

interface Parsed {
  readonly record: ParsedRecord;
  readonly body: ProjectRecordBody;
}

/** PJ1 and each kind's checks that need no other record: a body, or a verdict. */
function judgeAlone(record: ParsedRecord, chapter: ChapterId, rosters: CausalRosters): Parsed | Verdict {
  const { kind, body: raw, signer, deps } = record.envelope;
  const rule = RULE[kind as ProjectKind];
  const parsed = parseProjectBody(kind as ProjectKind, raw);
  if (!parsed.ok) return verdict("malformed", rule, parsed.problem);
  const body = parsed.body;
  const named = body.kind === "project" ? body.chapter : body.kind === "task-update" ? body.task : body.project;
  if (!deps.includes(named)) return verdict("malformed", "PJ1", `names ${named}, which its deps do not cite`);
  if (body.kind === "project" && body.chapter !== chapter) return verdict("wrong-context", "PJ2", `a project of chapter ${body.chapter}, not of ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "PJ1", past);
  if (rosters.rosterAt(deps).authority.citedGrant(chapter, signer, deps) === undefined)
    return verdict("ineligible-signer", "PJ1", `the signer cites no live membership of chapter ${chapter} or a chapter below it in its causal past`);
  return { record, body };
}

/** Judges the project records among `records`, held in `chapter`'s document. Never throws on content. */
export function judgeProjects(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): ProjectsJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: Parsed[] = [];
  for (const record of [...records].sort((a, b) => byText(a.id, b.id))) {
    if (!(record.envelope.kind in RULE)) continue;
    const judged = judgeAlone(record, chapter, rosters);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push(judged);
  }
  const ofKind = <K extends ProjectKind>(kind: K) => alone.filter((entry): entry is Parsed & { body: Extract<ProjectRecordBody, { kind: K }> } => entry.body.kind === kind);
  const accept = (entry: Parsed) => verdicts.set(entry.record.id, VALID);

  const projects = new Map(ofKind("project").map((entry) => [entry.record.id, entry]));
  projects.forEach(accept);
  // PJ3: members' valid answers per project; the lead takes part from the start.
  const answers: (Parsed & { readonly body: ProjectMemberBody })[] = [];
  for (const entry of ofKind("project-member")) {
    if (!projects.has(entry.body.project)) verdicts.set(entry.record.id, verdict("wrong-context", "PJ3", `no valid project ${entry.body.project} in this chapter`));
    else {
      accept(entry);
      answers.push(entry);
    }
  }
  /** Whether `member` takes part in `project` by the answers among `among` (all held, or a record's causal past). */
  const latestAnswer = (project: RecordId, member: MemberKey, among: (id: RecordId) => boolean) =>
    answers.filter((entry) => entry.body.project === project && entry.record.envelope.signer === member && among(entry.record.id)).sort((a, b) => latest(a.record, b.record))[0];
  const takesPart = (project: RecordId, member: MemberKey, among: (id: RecordId) => boolean): boolean =>
    projects.get(project)?.record.envelope.signer === member || latestAnswer(project, member, among)?.body.taking === true;
  const held = new Map(alone.map((entry) => [entry.record.id, entry.record]));
  /** A record's causal past among the map's records: what it cites, and what those cite (PJ4, PJ5.1). */
  const pastOf = (record: ParsedRecord): Set<RecordId> => {
    const past = new Set<RecordId>();
    const next = [...record.envelope.deps];
    for (let id = next.pop(); id !== undefined; id = next.pop()) {
      const found = held.get(id);
      if (found === undefined || past.has(id)) continue;
      past.add(id);
      next.push(...found.envelope.deps);
    }
    return past;
  };
  const takingIn = (project: RecordId, record: ParsedRecord): boolean => {
    const past = pastOf(record);
    return takesPart(project, record.envelope.signer, (id) => past.has(id));
  };

  // PJ4: tasks, by the lead or a member taking part.
  const tasks = new Map<RecordId, Parsed & { body: { kind: "task" } & TaskFields & { project: RecordId } }>();
  for (const entry of ofKind("task")) {
    if (!projects.has(entry.body.project)) verdicts.set(entry.record.id, verdict("wrong-context", "PJ4", `no valid project ${entry.body.project} in this chapter`));
    else if (!takingIn(entry.body.project, entry.record)) verdicts.set(entry.record.id, verdict("ineligible-signer", "PJ4", "only the project's lead or a member taking part adds a task"));
    else {
      accept(entry);
      tasks.set(entry.record.id, entry);
    }
  }

  // PJ5.1: updates, each judged after the updates of its task it cites (causal order; ids are hashes, so no cycle).
  const updates = new Map(ofKind("task-update").map((entry) => [entry.record.id, entry]));
  const judgeUpdate = (entry: (typeof updates extends Map<RecordId, infer E> ? E : never)): Verdict => {
    const known = verdicts.get(entry.record.id);
    if (known !== undefined) return known;
    const task = tasks.get(entry.body.task);
    if (task === undefined) return verdict("wrong-context", "PJ5.1", `no valid task ${entry.body.task} in this chapter`);
    const cited = entry.record.envelope.deps.flatMap((id) => {
      const other = updates.get(id);
      return other !== undefined && other.body.task === entry.body.task && judgeUpdate(other) === VALID ? [other.body.assignee] : [];
    });
    const signer = entry.record.envelope.signer;
    const may = signer === task.record.envelope.signer || takingIn(task.body.project, entry.record) || [task.body.assignee, ...cited].includes(signer);
    return may ? VALID : verdict("ineligible-signer", "PJ5.1", "only the project's lead, a member taking part, or the task's author or assignee edits a task");
  };
  for (const entry of updates.values()) verdicts.set(entry.record.id, judgeUpdate(entry));

  const versionsOf = new Map<RecordId, ParsedRecord[]>([...tasks.keys()].map((id) => [id, [tasks.get(id)!.record]]));
  for (const entry of updates.values()) if (verdicts.get(entry.record.id) === VALID) versionsOf.get(entry.body.task)!.push(entry.record);

  const shown: ChapterProject[] = [...projects.values()].map(({ record, body }) => {
    const own = [...tasks.values()].filter((task) => task.body.project === record.id).map((task) => taskAsItStands(task.record, versionsOf.get(task.record.id)!));
    own.sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : byText(a.due, b.due)) || byText(a.title, b.title) || byText(a.id, b.id));
    return {
      id: record.id,
      chapter: body.chapter,
      title: body.title,
      description: body.description,
      decisions: body.decisions,
      lead: record.envelope.signer,
      at: record.envelope.at,
      members: [...new Set([record.envelope.signer, ...answers.map((answer) => answer.record.envelope.signer)])].filter((member) => takesPart(record.id, member, () => true)).sort(byText),
      answers: [...new Set(answers.filter((answer) => answer.body.project === record.id).map((answer) => answer.record.envelope.signer))].sort(byText).flatMap((member) => {
        const answer = latestAnswer(record.id, member, () => true);
        return answer === undefined ? [] : [{ member, id: answer.record.id, taking: answer.body.taking }];
      }),
      tasks: own,
      progress: { done: own.filter((task) => task.status === "done").length, total: own.length },
    };
  });
  return { verdicts, projects: shown.sort((a, b) => b.at - a.at || byText(a.id, b.id)) };
}

/** PJ5.2: of the task's versions, the heads (cited by no other version), and the latest of them. */
function taskAsItStands(task: ParsedRecord, versions: readonly ParsedRecord[]): ProjectTask {
  const cited = new Set(versions.flatMap((version) => version.envelope.deps));
  const heads = versions.filter((version) => !cited.has(version.id)).sort(latest);
  const current = heads[0]!.envelope.body as unknown as TaskFields;
  return {
    id: task.id,
    author: task.envelope.signer,
    at: task.envelope.at,
    title: current.title,
    description: current.description ?? "",
    assignee: current.assignee,
    due: current.due,
    status: current.status,
    heads: heads.map((head) => head.id).sort(byText),
  };
}
