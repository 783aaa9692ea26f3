/**
 * A chapter's site settings judged (PROTOCOL.md SITE1): each `site-setting` of its `posts` with its
 * verdict, and the setting in force (SITE1.4), or the default when none is valid. Never throws on
 * record content.
 */
import type { ChapterId, RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { CausalRosters } from "../proposals/causal-rosters.js";
import { facilitatorProblem } from "../proposals/signer-authority.js";
import { VALID, verdict, type Verdict } from "../proposals/record-status.js";
import { parseSiteSettingBody, type SiteSettingBody } from "./site-body.js";

/** The site of a chapter as its setting in force says (SITE1.4). */
export type SiteSetting = Omit<SiteSettingBody, "kind" | "chapter" | "decision"> & {
  /** The setting record in force and the decision behind it; null for the default. */
  readonly id: RecordId | null;
  readonly decision: RecordId | null;
};

/** SITE1.4: no description, pins or links, every section shown, members post. */
export const DEFAULT_SITE: SiteSetting = Object.freeze({
  id: null,
  decision: null,
  about: "",
  pinned: [],
  links: [],
  sections: [],
  posting: { blog: "members" as const, forum: "members" as const },
});

/** What judging a chapter's site settings gives. */
export interface SiteJudgement {
  readonly setting: SiteSetting;
  readonly verdicts: ReadonlyMap<RecordId, Verdict>;
}

/** SITE1.1–SITE1.3: a setting's body, or its verdict. */
function judgeSetting(record: ParsedRecord, chapter: ChapterId, decisions: ReadonlyMap<RecordId, ParsedRecord>, rosters: CausalRosters): SiteSettingBody | Verdict {
  const parsed = parseSiteSettingBody(record.envelope.body);
  if (!parsed.ok) return verdict("malformed", "SITE1.1", parsed.problem);
  if (parsed.body.chapter !== chapter) return verdict("wrong-context", "SITE1.2", `written for chapter ${parsed.body.chapter}, not ${chapter}`);
  const past = rosters.pastProblem(record);
  if (past !== undefined) return verdict("missing-deps", "SITE1.3", past);
  const facilitator = facilitatorProblem(rosters, record, chapter);
  if (facilitator !== undefined) return verdict("ineligible-signer", "SITE1.3", facilitator);
  const decided = (decisions.get(parsed.body.decision)?.envelope.body as { chapter?: unknown } | undefined)?.chapter;
  if (decided !== chapter) return verdict("missing-deps", "SITE1.3", `the decision ${parsed.body.decision} is not in this chapter's decisions log`);
  return parsed.body;
}

/**
 * Judges the `site-setting` records among `records` (a chapter's `posts`; other kinds are left out)
 * for `chapter`, with the `decision` records of its `decisions`; `rosters` holds every record of the
 * organisation. Never throws on record content.
 */
export function judgeSite(chapter: ChapterId, records: readonly ParsedRecord[], decisions: ReadonlyMap<RecordId, ParsedRecord>, rosters: CausalRosters): SiteJudgement {
  const verdicts = new Map<RecordId, Verdict>();
  let inForce: { record: ParsedRecord; body: SiteSettingBody } | undefined;
  for (const record of records.filter((entry) => entry.envelope.kind === "site-setting")) {
    const judged = judgeSetting(record, chapter, decisions, rosters);
    if ("status" in judged) {
      verdicts.set(record.id, judged);
      continue;
    }
    verdicts.set(record.id, VALID);
    // SITE1.4: the largest claimed time, ties by the larger id.
    const later = inForce === undefined || record.envelope.at > inForce.record.envelope.at || (record.envelope.at === inForce.record.envelope.at && record.id > inForce.record.id);
    if (later) inForce = { record, body: judged };
  }
  if (inForce === undefined) return { setting: DEFAULT_SITE, verdicts };
  const { about, pinned, links, sections, posting, decision } = inForce.body;
  return { setting: { id: inForce.record.id, decision, about, pinned, links, sections, posting }, verdicts };
}
