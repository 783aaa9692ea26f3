/** A chapter's site (PROTOCOL.md SITE): its home page and who may post where, set by decision. */
export {
  MAX_LINK_TITLE_LENGTH,
  MAX_LINK_URL_LENGTH,
  MAX_SITE_ABOUT_LENGTH,
  MAX_SITE_LINKS,
  MAX_SITE_PINNED,
  MAX_SITE_SECTIONS,
  parseSiteSettingBody,
  type Audience,
  type SiteLink,
  type SiteSettingBody,
} from "./site-body.js";
export { SITE_SPECS } from "./kinds.js";
export { siteSettingDraft } from "./site-setting-draft.js";
export { DEFAULT_SITE, judgeSite, type SiteJudgement, type SiteSetting } from "./judge-site.js";
export { postingProblem } from "./posting-problem.js";
