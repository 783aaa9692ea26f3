/**
 * Judging a chapter's mutual-aid board (PROTOCOL.md AID4): each offer, request and "met" its
 * Chapter document holds, against the roster of the record's causal past (as P1.3). Pure; never
 * throws.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { parseAidBody, type AidMetBody, type AidPostBody } from "./aid-bodies.js";

export type AidStatus = "valid" | "malformed" | "wrong-chapter" | "not-member" | "not-author";

export interface JudgedAid<B> {
  readonly record: ParsedRecord;
  readonly body: B | null;
  readonly status: AidStatus;
  /** Why, beginning with the rule id in brackets; empty when valid. */
  readonly detail: string;
}

export interface AidJudged {
  /** Sorted by id. */
  readonly posts: readonly JudgedAid<AidPostBody>[];
  readonly mets: readonly JudgedAid<AidMetBody>[];
}

const byId = (a: ParsedRecord, b: ParsedRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Judges the aid records `records` of `chapter`'s document (AID4). Never throws. */
export function judgeAid(context: { readonly chapter: ChapterId; readonly rosters: CausalRosters }, records: readonly ParsedRecord[]): AidJudged {
  const posts: JudgedAid<AidPostBody>[] = [];
  const mets: JudgedAid<AidMetBody>[] = [];
  const sorted = [...records].sort(byId);
  for (const record of sorted) {
    const kind = record.envelope.kind;
    if (kind !== "aid-offer" && kind !== "aid-request") continue;
    const parsed = parseAidBody(kind, record.envelope.body);
    const verdict = (status: AidStatus, detail: string) => posts.push({ record, body: parsed.ok ? parsed.body : null, status, detail });
    if (!parsed.ok) verdict("malformed", `[AID1.3] ${parsed.problem}`);
    else if (!record.envelope.deps.includes(parsed.body.chapter)) verdict("malformed", `[AID1.2] names ${parsed.body.chapter}, which its deps do not cite`);
    else if (parsed.body.chapter !== context.chapter) verdict("wrong-chapter", `[AID4.1] names chapter ${parsed.body.chapter}, held in the document of ${context.chapter}`);
    else if (context.rosters.rosterAt(record.envelope.deps).authority.citedGrant(context.chapter, record.envelope.signer, record.envelope.deps) === undefined)
      verdict("not-member", `[AID4.2] the signer cites no live membership of this chapter or a chapter below it in its causal past`);
    else verdict("valid", "");
  }
  const validPosts = new Map(posts.filter((post) => post.status === "valid").map((post) => [post.record.id, post]));
  for (const record of sorted) {
    if (record.envelope.kind !== "aid-met") continue;
    const parsed = parseAidBody("aid-met", record.envelope.body);
    const verdict = (status: AidStatus, detail: string) => mets.push({ record, body: parsed.ok ? parsed.body : null, status, detail });
    if (!parsed.ok) verdict("malformed", `[AID1.3] ${parsed.problem}`);
    else if (![parsed.body.chapter, parsed.body.post].every((id) => record.envelope.deps.includes(id))) verdict("malformed", "[AID1.2] names records its deps do not cite");
    else if (parsed.body.chapter !== context.chapter) verdict("wrong-chapter", `[AID4.1] names chapter ${parsed.body.chapter}, held in the document of ${context.chapter}`);
    else if (validPosts.get(parsed.body.post)?.record.envelope.signer !== record.envelope.signer) verdict("not-author", "[AID4.3] only the author of a valid offer or request of this chapter says it was met");
    else verdict("valid", "");
  }
  return { posts, mets };
}

/** The ids of a judged board's valid posts and their "met" (the smallest id of the valid ones, AID4.3). */
export function metOf(judged: AidJudged): ReadonlyMap<RecordId, JudgedAid<AidMetBody>> {
  const out = new Map<RecordId, JudgedAid<AidMetBody>>();
  for (const met of judged.mets) if (met.status === "valid" && met.body !== null && !out.has(met.body.post)) out.set(met.body.post, met);
  return out;
}
