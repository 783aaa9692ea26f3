/**
 * Changing the chapter's site (PROTOCOL.md SITE1): a facilitator signs a `site-setting` citing the
 * decision that set it and their facilitator authority (M3.4), written into the chapter's `posts`.
 * Throws a SiteProblem the member can act on.
 */
import { facilitatorAuthority } from "@chapterhouse/crdt/membership";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { parseSiteSettingBody, siteSettingDraft, type SiteSettingBody } from "@chapterhouse/crdt/site";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { SiteProblem } from "./site-problem.js";

/** What the form gives: the setting without its chapter, the decision possibly not chosen yet. */
export type SiteInput = Omit<SiteSettingBody, "kind" | "chapter" | "decision"> & {
  readonly decision: RecordId | undefined;
};

/**
 * Sets `chapter`'s site as `input` says (SITE1); resolves with the setting's id.
 * @throws {SiteProblem} if the member is no facilitator of the chapter, no decision is chosen, or the setting is malformed (a link that is no web address).
 */
export async function setSite(
  space: MemberSpace,
  organisation: OpenOrganisation,
  chapter: ChapterId,
  input: SiteInput,
): Promise<RecordId> {
  const roster = organisation.view.get().roster;
  const authority = facilitatorAuthority(roster, chapter, space.member.key);
  const document = roster.chapters.get(chapter)?.document;
  if (authority === undefined || document === undefined)
    throw new SiteProblem(
      "not-facilitator",
      "Only the chapter's facilitators record what its decisions set.",
    );
  if (input.decision === undefined)
    throw new SiteProblem("no-decision", "Choose the decision that set this first.");
  const draft = siteSettingDraft(
    { ...input, chapter, decision: input.decision, about: input.about.trim() },
    authority,
  );
  const parsed = parseSiteSettingBody(draft.body);
  if (!parsed.ok)
    throw new SiteProblem(
      parsed.problem.startsWith("links") ? "bad-link" : "not-signable",
      `This cannot be signed: ${parsed.problem}.`,
    );
  const record = await space.signDraft(draft);
  await space.documents.write(document, "posts", [record]);
  return record.id;
}
