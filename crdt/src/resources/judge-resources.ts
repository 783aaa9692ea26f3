/**
 * Judging a chapter's library (PROTOCOL.md RS4, RS7–RS9): each record of its `resources` map
 * against the roster of the record's causal past (as P1.3) — resources first, then their edits,
 * removals and a moderator's hides — and each valid resource as it stands: its current version
 * (RS7.3), its history, whether it is hidden (RS9) or removed (RS8). Pure; never throws on content.
 */
import type { ChapterId, MemberKey, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseChatBody } from "../chat/chat-bodies.js";
import { moderatorProblem } from "../chat/room-authority.js";
import type { HideNote } from "../chat/room-timeline.js";
import { parseResourceBody, type ResourceBody } from "./resource-body.js";
import { parseResourceChangeBody, type ResourceFields } from "./resource-change-bodies.js";

/** One version of a resource: its `resource` record or a valid `resource-edit` (RS7). */
export interface ResourceVersion extends ResourceFields {
  /** The version's record id. */
  readonly id: RecordId;
  readonly by: MemberKey;
  readonly at: number;
}

/** A valid resource of a chapter as it stands. */
export interface ChapterResource extends Omit<ResourceBody, "kind"> {
  /** The `resource` record's id: the resource's id. */
  readonly id: RecordId;
  readonly author: MemberKey;
  /** Its claimed time (R6). */
  readonly at: number;
  /** Every version in display order (claimed time, then id), the `resource` record first (RS7.4). */
  readonly history: readonly ResourceVersion[];
  /** The versions an edit replaces: the heads (RS7.3), sorted. */
  readonly heads: readonly RecordId[];
  /** The hide in force (RS9, CH8.2), or null. */
  readonly hidden: HideNote | null;
  /** The author's first valid removal (RS8), or null. */
  readonly removed: { readonly id: RecordId; readonly at: number } | null;
}

/** The verdicts of a chapter's library records, and its valid resources. */
export interface ResourcesJudgement {
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
  readonly resources: readonly ChapterResource[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Display order (as CH10.1): claimed time, then id. */
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || byText(a.id, b.id);

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

/** RS7.1–RS7.2, RS8: an edit or removal of a valid resource, by its author (a member still) or, for an edit, a moderator. */
function judgeChange(record: ParsedRecord, chapter: ChapterId, resources: ReadonlyMap<RecordId, ChapterResource>, rosters: CausalRosters): Verdict | ResourceFields | "remove" {
  const kind = record.envelope.kind as "resource-edit" | "resource-remove";
  const rule = kind === "resource-edit" ? "RS7" : "RS8";
  const parsed = parseResourceChangeBody(kind, record.envelope.body);
  if (!parsed.ok) return verdict("malformed", rule, parsed.problem.replace(`[${rule}] `, ""));
  const { signer, deps } = record.envelope;
  if (!deps.includes(parsed.body.resource)) return verdict("malformed", `${rule}.1`, `names ${parsed.body.resource}, which its deps do not cite`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", `${rule}.1`, past);
  const target = resources.get(parsed.body.resource);
  if (target === undefined) return verdict("wrong-context", `${rule}.1`, `no valid resource ${parsed.body.resource} in this chapter`);
  const author = signer === target.author && rosters.rosterAt(deps).authority.citedGrant(chapter, signer, deps) !== undefined;
  if (parsed.body.kind === "resource-remove")
    return author ? "remove" : verdict("ineligible-signer", "RS8.2", "only the resource's author, a member of the chapter or below it, removes it");
  if (!author && moderatorProblem(rosters, record, chapter) !== undefined)
    return verdict("ineligible-signer", "RS7.2", "only the resource's author, a member of the chapter or below it, or a moderator of the chapter edits a resource");
  const { kind: _kind, resource: _resource, ...fields } = parsed.body;
  return fields;
}

/** RS9: a moderator's `resource-hide` (CH8's body) of a valid resource, its scope the chapter. */
function judgeHide(record: ParsedRecord, chapter: ChapterId, resources: ReadonlyMap<RecordId, ChapterResource>, rosters: CausalRosters): Verdict | HideNote & { readonly target: RecordId; readonly hides: boolean } {
  const parsed = parseChatBody("hide", record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "RS9", parsed.problem);
  if (!resources.has(parsed.body.target)) return verdict("missing-deps", "RS9", `the resource ${parsed.body.target} is not a valid resource of this library`);
  if (parsed.body.scope !== chapter) return verdict("wrong-context", "RS9", `written for ${parsed.body.scope}, not for this chapter's library ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "RS9", past);
  const moderator = moderatorProblem(rosters, record, chapter);
  if (moderator !== undefined) return verdict("ineligible-signer", "RS9", moderator);
  return { id: record.id, by: record.envelope.signer, at: record.envelope.at, reason: parsed.body.reason, target: parsed.body.target, hides: parsed.body.hidden };
}

/** RS7.3: of a resource's versions, the heads (cited by no other version) and the latest of them. */
function asItStands(resource: ChapterResource, versions: readonly (ResourceVersion & { readonly deps: readonly RecordId[] })[]): ChapterResource {
  const cited = new Set(versions.flatMap((version) => version.deps));
  const heads = versions.filter((version) => !cited.has(version.id)).sort((a, b) => b.at - a.at || byText(b.id, a.id));
  const { id: _id, by: _by, at: _at, deps: _deps, ...current } = heads[0]!;
  const history = versions.map(({ deps: _cites, ...version }) => version).sort((a, b) => a.at - b.at || byText(a.id, b.id));
  return { ...resource, ...current, history, heads: heads.map((head) => head.id).sort(byText) };
}

/** Judges the library records among `records`, held in `chapter`'s document (RS4, RS7–RS9). Never throws on content. */
export function judgeResources(chapter: ChapterId, records: readonly ParsedRecord[], rosters: CausalRosters): ResourcesJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  const resources = new Map<RecordId, ChapterResource>();
  const versions = new Map<RecordId, (ResourceVersion & { readonly deps: readonly RecordId[] })[]>();
  const sorted = [...records].sort(byTime);
  for (const record of sorted) {
    if (record.envelope.kind !== "resource") continue;
    const judged = judgeOne(record, chapter, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    const { kind: _kind, chapter: _chapter, ...fields } = judged;
    const { signer: author, at, deps } = record.envelope;
    resources.set(record.id, { ...fields, chapter, id: record.id, author, at, history: [], heads: [], hidden: null, removed: null });
    versions.set(record.id, [{ ...fields, id: record.id, by: author, at, deps }]);
  }
  for (const record of sorted) {
    const { kind } = record.envelope;
    if (kind === "resource-edit" || kind === "resource-remove") {
      const judged = judgeChange(record, chapter, resources, rosters);
      verdicts.set(record.id, typeof judged === "object" && "status" in judged ? judged : VALID);
      const resource = (record.envelope.body as { readonly resource: RecordId }).resource;
      if (judged === "remove") resources.set(resource, { ...resources.get(resource)!, removed: resources.get(resource)!.removed ?? { id: record.id, at: record.envelope.at } });
      else if (!("status" in judged)) versions.get(resource)!.push({ ...judged, id: record.id, by: record.envelope.signer, at: record.envelope.at, deps: record.envelope.deps });
    } else if (kind === "resource-hide") {
      // In display order: each later hide replaces the earlier for its resource (CH10.2).
      const judged = judgeHide(record, chapter, resources, rosters);
      verdicts.set(record.id, "status" in judged ? judged : VALID);
      if (!("status" in judged)) {
        const { target, hides, ...note } = judged;
        resources.set(target, { ...resources.get(target)!, hidden: hides ? note : null });
      }
    }
  }
  return { verdicts, resources: [...resources.values()].map((resource) => asItStands(resource, versions.get(resource.id)!)) };
}
