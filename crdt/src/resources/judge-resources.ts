/**
 * Judging a chapter's library (PROTOCOL.md RS4): each record of its `resources` map against the
 * roster of the record's causal past (as P1.3). Pure; never throws on content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseResourceBody, type ResourceBody } from "./resource-body.js";

/** A valid resource of a chapter. */
export interface ChapterResource extends Omit<ResourceBody, "kind"> {
  readonly id: RecordId;
  readonly author: MemberKey;
  /** Its claimed time (R6). */
  readonly at: number;
}

/** The verdicts of a chapter's `resource` records, and its valid resources by id. */
export interface ResourcesJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  readonly resources: readonly ChapterResource[];
}

function judgeOne(record: ParsedRecord, chapter: ChapterId, rosters: CausalRosters): Verdict | ResourceBody {
  const parsed = parseResourceBody(record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "RS1", parsed.problem.replace(/^\[RS1\] /, ""));
  const body = parsed.body;
  const { signer, deps } = record.envelope;
  if (!deps.includes(body.chapter)) return verdict("malformed", "RS1.1", `names chapter ${body.chapter}, which its deps do not cite`);
  if (body.chapter !== chapter) return verdict("wrong-context", "RS4.1", `a resource of chapter ${body.chapter}, not of ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "RS4.2", past);
  if (rosters.rosterAt(deps).authority.citedGrant(chapter, signer, deps) === undefined)
    return verdict("ineligible-signer", "RS4.2", `the signer cites no live membership of chapter ${chapter} or a chapter below it in its causal past`);
  return body;
}

/** Judges the `resource` records among `records`, held in `chapter`'s document (RS4). Never throws on content. */
export function judgeResources(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): ResourcesJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const resources: ChapterResource[] = [];
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (record.envelope.kind !== "resource") continue;
    const judged = judgeOne(record, chapter, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    const { kind: _kind, ...fields } = judged;
    resources.push({ ...fields, id: record.id, author: record.envelope.signer, at: record.envelope.at });
  }
  return { verdicts, resources };
}
