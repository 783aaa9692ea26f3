/**
 * The blog records of an organisation's chapters judged (PROTOCOL.md BL1–BL4, BL6): every chapter's
 * posts, then the shares and adoptions of lessons against the valid lessons of every chapter, each
 * record with its verdict in the chapter whose document holds it, and what the blogs show. A post's
 * text and comments are in its room (BL5), judged by the chat rules. Never throws on record content.
 */
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { roomMemberProblem } from "../chat/room-authority.js";
import { judgeSite, type SiteSetting } from "../site/judge-site.js";
import { postingProblem } from "../site/posting-problem.js";
import { parseBlogBody, type BlogBody, type BlogKind } from "./blog-bodies.js";
import { BLOG_SPECS } from "./kinds.js";

/** What one chapter's Chapter document holds that its blog is judged on. */
export interface BlogChapter {
  readonly chapter: ChapterId;
  /** The records of its `posts` (other kinds are left out). */
  readonly posts: readonly ParsedRecord[];
  /** The `decision` records of its `decisions`, by id (BL2.2, SITE1.3). */
  readonly decisions: ReadonlyMap<RecordId, ParsedRecord>;
  /** The `proposal` records of its `proposals`, by id (BL4.2). */
  readonly proposals: ReadonlyMap<RecordId, ParsedRecord>;
}

/** Where a lesson was shared (BL3). */
export interface LessonShare {
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly by: MemberKey;
  readonly at: number;
}
/** Where a lesson was adopted (BL4): the proposal of `chapter` that adopts it. */
export interface LessonAdoption {
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly proposal: ProposalId;
  readonly by: MemberKey;
  readonly at: number;
}
/** A post as the blog lists it (BL6): its title and what it cites, never its text (BL5). */
export interface BlogPost {
  readonly id: RecordId;
  readonly chapter: ChapterId;
  readonly title: string;
  readonly author: MemberKey;
  readonly at: number;
  /** The decisions it cites: a lesson when not empty (BL2). */
  readonly decisions: readonly RecordId[];
  /** The chapters it was shared to, earliest share first (BL3.3). */
  readonly shares: readonly LessonShare[];
  /** The proposals that adopt it, in claimed time then id order (BL4.3). */
  readonly adoptions: readonly LessonAdoption[];
}
/** What the blogs show, and every blog record's verdict in each chapter that holds it. */
export interface Blog {
  /** Every valid post of every chapter, newest first (claimed time, then the larger id). */
  readonly posts: readonly BlogPost[];
  /** Each chapter's site setting in force (SITE1.4), which says who may post (SITE2). */
  readonly sites: ReadonlyMap<ChapterId, SiteSetting>;
  /** The verdict of every blog and site record, by the chapter holding it. */
  readonly verdicts: ReadonlyMap<ChapterId, ReadonlyMap<RecordId, Verdict>>;
}

const BLOG_KINDS: readonly string[] = BLOG_SPECS.map((spec) => spec.kind);

/** Display order (BL6): by claimed time, then by id. */
const byTime = (a: ParsedRecord, b: ParsedRecord): number => a.envelope.at - b.envelope.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The chapter whose members write a record of this body (BL3.2, BL4.1). */
const writersOf = (body: BlogBody): ChapterId => (body.kind === "lesson-share" ? body.from : body.chapter);

/** BL1.1–BL1.4, SITE2: a body, or a verdict. A post's writers are those the chapter's setting names for its blog. */
function judgeAlone(record: ParsedRecord, chapter: ChapterId, site: SiteSetting, rosters: CausalRosters): BlogBody | Verdict {
  const parsed = parseBlogBody(record.envelope.kind as BlogKind, record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "BL1.1", parsed.problem);
  if (parsed.body.chapter !== chapter) return verdict("wrong-context", "BL1.3", `written for chapter ${parsed.body.chapter}, not ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "BL1.4", past);
  if (parsed.body.kind === "post") {
    const posting = postingProblem(rosters, record, chapter, site.posting.blog);
    if (posting !== undefined) return verdict("ineligible-signer", site.posting.blog === "members" ? "BL1.4" : "SITE2", posting);
    return parsed.body;
  }
  const member = roomMemberProblem(rosters, record, { chapter: writersOf(parsed.body), access: "subtree", members: [] });
  if (member !== undefined) return verdict("ineligible-signer", "BL1.4", member);
  return parsed.body;
}

/** BL3.3, BL4.2: the lesson a share or adoption names, or the verdict of its absence. */
function lessonOf(lessons: ReadonlyMap<RecordId, BlogPost>, from: ChapterId, post: RecordId, rule: string): BlogPost | Verdict {
  const lesson = lessons.get(post);
  return lesson?.chapter === from && lesson.decisions.length > 0 ? lesson : verdict("missing-deps", rule, `the post ${post} is not a valid lesson of chapter ${from} held here`);
}

/**
 * Judges the blog records of `chapters` (each chapter's `posts`, with the decisions and proposals
 * its document holds): posts first (BL2), then shares and adoptions in claimed time order against
 * the valid lessons (BL3, BL4). `rosters` holds every record of the organisation. Never throws on
 * record content.
 */
export function judgeBlog(chapters: readonly BlogChapter[], rosters: CausalRosters): Blog {
  const verdicts = new Map<ChapterId, Map<RecordId, Verdict>>();
  const sites = new Map<ChapterId, SiteSetting>();
  const posts = new Map<RecordId, BlogPost & { shares: LessonShare[]; adoptions: LessonAdoption[] }>();
  const links: { record: ParsedRecord; body: Exclude<BlogBody, { kind: "post" }>; place: BlogChapter }[] = [];
  for (const place of chapters) {
    const site = judgeSite(place.chapter, place.posts, place.decisions, rosters);
    sites.set(place.chapter, site.setting);
    const judged = new Map<RecordId, Verdict>(site.verdicts);
    verdicts.set(place.chapter, judged);
    for (const record of place.posts.filter((entry) => BLOG_KINDS.includes(entry.envelope.kind)).sort(byTime)) {
      const body = judgeAlone(record, place.chapter, site.setting, rosters);
      if ("status" in body) judged.set(record.id, body);
      else if (body.kind !== "post") links.push({ record, body, place });
      else {
        const missing = body.decisions.find((decision) => !place.decisions.has(decision));
        // BL2.2: every cited decision must be held in the chapter's decisions log (judged again when it arrives).
        if (missing !== undefined) judged.set(record.id, verdict("missing-deps", "BL2.2", `the decision ${missing} is not in this chapter's decisions log`));
        else {
          judged.set(record.id, VALID);
          const { id, envelope } = record;
          posts.set(id, { id, chapter: body.chapter, title: body.title, author: envelope.signer, at: envelope.at, decisions: body.decisions, shares: [], adoptions: [] });
        }
      }
    }
  }
  for (const { record, body, place } of links.sort((a, b) => byTime(a.record, b.record))) {
    const judged = verdicts.get(place.chapter)!;
    const lesson = lessonOf(posts, body.from, body.post, body.kind === "lesson-share" ? "BL3.3" : "BL4.2");
    if ("status" in lesson) {
      judged.set(record.id, lesson);
      continue;
    }
    const { id, envelope } = record;
    if (body.kind === "lesson-share") {
      judged.set(id, VALID);
      // BL3.3: two shares of one lesson to one chapter are one, shown by the earliest.
      if (!lesson.shares.some((share) => share.chapter === body.chapter)) posts.get(lesson.id)!.shares.push({ id, chapter: body.chapter, by: envelope.signer, at: envelope.at });
      continue;
    }
    const proposal = place.proposals.get(body.proposal);
    const proposalChapter = (proposal?.envelope.body as { chapter?: unknown } | undefined)?.chapter;
    if (proposal?.envelope.kind !== "proposal" || proposalChapter !== body.chapter)
      judged.set(id, verdict("missing-deps", "BL4.2", `the proposal ${body.proposal} is not a proposal of this chapter held here`));
    else if (proposal.envelope.signer !== envelope.signer) judged.set(id, verdict("ineligible-signer", "BL4.2", "only the proposal's author says which lesson it adopts"));
    else {
      judged.set(id, VALID);
      posts.get(lesson.id)!.adoptions.push({ id, chapter: body.chapter, proposal: body.proposal, by: envelope.signer, at: envelope.at });
    }
  }
  const newest = (a: BlogPost, b: BlogPost) => b.at - a.at || (a.id < b.id ? 1 : -1);
  return { posts: [...posts.values()].sort(newest), sites, verdicts };
}
