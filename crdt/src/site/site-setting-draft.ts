/**
 * The `site-setting` record to sign (PROTOCOL.md SITE1): exactly the members its kind lists, the
 * lists sorted as SITE1.1 wants, with `chapter` in `deps` beside the signer's facilitator authority
 * the caller cites; never `decision`, whose causal past is in a Proposal document (SITE1.2, as DS1.2).
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { SiteSettingBody } from "./site-body.js";

/** A `site-setting` (SITE1) of `chapter`, set by `decision`. Never throws. */
export function siteSettingDraft(fields: Omit<SiteSettingBody, "kind">, deps?: Iterable<RecordId>): RecordDraft<"site-setting", BodyFields<SiteSettingBody>> {
  const { chapter, decision, about, pinned, links, sections, posting } = fields;
  const body = {
    chapter,
    decision,
    about,
    pinned: [...new Set(pinned)].sort(),
    links: links.map((link) => ({ title: link.title, url: link.url })),
    sections: [...new Set(sections)].sort(),
    posting: { blog: posting.blog, forum: posting.forum },
  };
  return { kind: "site-setting", body, deps: withNamed(deps, chapter) };
}
