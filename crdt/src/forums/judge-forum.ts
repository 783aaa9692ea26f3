/**
 * The forum's records in a chapter's `posts` judged (PROTOCOL.md FO1–FO4): categories, topics and
 * the proposals started from topics, each with its verdict, and what the chapter's forum shows.
 * Posts themselves are in the topics' rooms (FO5), judged by the chat rules. Never throws on
 * record content.
 */
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { roomMemberProblem } from "../chat/room-authority.js";
import type { Audience } from "../site/site-body.js";
import { postingProblem } from "../site/posting-problem.js";
import { parseForumBody, type ForumBody, type ForumKind } from "./forum-bodies.js";
import { FORUM_SPECS } from "./kinds.js";

/** A category as the forum shows it (FO2). */
export interface ForumCategory {
  readonly id: RecordId;
  readonly name: string;
  readonly about: string;
  readonly creator: MemberKey;
  readonly at: number;
}
/** A topic as the forum lists it (FO3): its title, never its posts (FO5). */
export interface ForumTopic {
  readonly id: RecordId;
  readonly category: RecordId;
  readonly title: string;
  readonly author: MemberKey;
  readonly at: number;
  /** The proposals started from it (FO4), in display order. */
  readonly proposals: readonly ProposalId[];
}
/** What the chapter's forum shows, and every forum record's verdict. */
export interface Forum {
  /** By name, then id. */
  readonly categories: readonly ForumCategory[];
  /** Newest first (claimed time, then id, FO6). */
  readonly topics: readonly ForumTopic[];
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

const FORUM_KINDS: readonly string[] = FORUM_SPECS.map((spec) => spec.kind);

/** A forum record is written by a member of the chapter or a chapter below it (FO1.4), as a room open to the subtree (CH1.4). */
function memberProblem(rosters: CausalRosters, record: ParsedRecord, chapter: ChapterId): string | undefined {
  return roomMemberProblem(rosters, record, { chapter, access: "subtree", members: [] });
}

/** FO1.1–FO1.4, SITE2: a body, or a verdict. A topic's writers are those the chapter's setting names for its forum. */
function judgeAlone(record: ParsedRecord, chapter: ChapterId, rosters: CausalRosters, posting: Audience): ForumBody | Verdict {
  const { kind, body: raw } = record.envelope;
  const parsed = parseForumBody(kind as ForumKind, raw);
  if (!parsed.ok) return verdict("malformed", "FO1.1", parsed.problem);
  if (parsed.body.chapter !== chapter) return verdict("wrong-context", "FO1.3", `written for chapter ${parsed.body.chapter}, not ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "FO1.4", past);
  if (parsed.body.kind === "topic" && posting !== "members") {
    const problem = postingProblem(rosters, record, chapter, posting);
    return problem === undefined ? parsed.body : verdict("ineligible-signer", "SITE2", problem);
  }
  const member = memberProblem(rosters, record, chapter);
  if (member !== undefined) return verdict("ineligible-signer", "FO1.4", member);
  return parsed.body;
}

/** Display order (FO6): by claimed time, then by id. */
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Judges the forum records among `records` (a chapter's `posts`; other kinds are left out) for
 * `chapter`: categories first, then topics against the valid categories (FO3.2), then
 * `topic-proposal` records against the valid topics and the chapter's `proposals` (FO4.2).
 * `rosters` holds every record of the chapter's organisation; `posting` is who may start a topic,
 * by the chapter's site setting in force (SITE2; its members by default). Never throws on record content.
 */
export function judgeForum(chapter: ChapterId, records: readonly ParsedRecord[], proposals: ReadonlyMap<RecordId, ParsedRecord>, rosters: CausalRosters, posting: Audience = "members"): Forum {
  const verdicts = new Map<RecordId, Verdict>();
  const alone: { record: ParsedRecord; body: ForumBody }[] = [];
  for (const record of [...records].filter((entry) => FORUM_KINDS.includes(entry.envelope.kind)).sort(byTime)) {
    const judged = judgeAlone(record, chapter, rosters, posting);
    if ("status" in judged) verdicts.set(record.id, judged);
    else alone.push({ record, body: judged });
  }
  const categories = new Map<RecordId, ForumCategory>();
  const topics = new Map<RecordId, ForumTopic & { proposals: ProposalId[] }>();
  const rank: Readonly<Record<ForumKind, number>> = { "forum-category": 0, topic: 1, "topic-proposal": 2 };
  for (const { record, body } of [...alone].sort((a, b) => rank[a.body.kind] - rank[b.body.kind])) {
    const { id, envelope } = record;
    let judged: Verdict = VALID;
    if (body.kind === "forum-category") categories.set(id, { id, name: body.name, about: body.about, creator: envelope.signer, at: envelope.at });
    else if (body.kind === "topic") {
      // FO3.2: the category must be one of this chapter's valid categories (a category elsewhere is not held here).
      if (!categories.has(body.category)) judged = verdict("missing-deps", "FO3.2", `the category ${body.category} is not a valid category of this chapter held here`);
      else topics.set(id, { id, category: body.category, title: body.title, author: envelope.signer, at: envelope.at, proposals: [] });
    } else {
      const topic = topics.get(body.topic);
      const proposal = proposals.get(body.proposal);
      const proposalChapter = (proposal?.envelope.body as { chapter?: unknown } | undefined)?.chapter;
      if (topic === undefined) judged = verdict("missing-deps", "FO4.2", `the topic ${body.topic} is not a valid topic of this chapter held here`);
      else if (proposal?.envelope.kind !== "proposal" || proposalChapter !== chapter) judged = verdict("missing-deps", "FO4.2", `the proposal ${body.proposal} is not a proposal of this chapter held here`);
      else if (proposal.envelope.signer !== envelope.signer) judged = verdict("ineligible-signer", "FO4.2", "only the proposal's author says which topic it was started from");
      else if (!topic.proposals.includes(body.proposal)) topic.proposals.push(body.proposal);
    }
    verdicts.set(id, judged);
  }
  const byName = (a: ForumCategory, b: ForumCategory) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
  const newest = (a: ForumTopic, b: ForumTopic) => b.at - a.at || (a.id < b.id ? 1 : -1);
  return { categories: [...categories.values()].sort(byName), topics: [...topics.values()].sort(newest), verdicts };
}
