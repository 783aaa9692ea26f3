/**
 * The body of a chapter's site setting (PROTOCOL.md SITE1) and its validator: what the chapter's
 * home page says and shows, and who may post in its blog and start topics in its forum (SITE2), as
 * one of its decisions set them. Never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { plainTextProblem } from "../chat/chat-bodies.js";
import { firstProblem, idListProblem, idProblem, listProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";

/** Longest description (SITE1.1). */
export const MAX_SITE_ABOUT_LENGTH = 2_000;
/** Most pinned items, links (SITE1.1). */
export const MAX_SITE_PINNED = 8;
export const MAX_SITE_LINKS = 8;
/** Longest link title and address (SITE1.1). */
export const MAX_LINK_TITLE_LENGTH = 100;
export const MAX_LINK_URL_LENGTH = 2_048;
/** Most sections named (SITE1.1). */
export const MAX_SITE_SECTIONS = 16;

/** Who may post (SITE2): the chapter's members, anyone in the organisation, or the holders of a role. */
export type Audience = "members" | "organisation" | `role:${string}`;
/** A link of the home page. */
export interface SiteLink {
  readonly title: string;
  readonly url: string;
}
/** `site-setting` (SITE1). */
export interface SiteSettingBody {
  readonly kind: "site-setting";
  readonly chapter: ChapterId;
  readonly decision: RecordId;
  readonly about: string;
  readonly pinned: readonly RecordId[];
  readonly links: readonly SiteLink[];
  readonly sections: readonly string[];
  readonly posting: { readonly blog: Audience; readonly forum: Audience };
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;
const URL_TEXT = /^https?:\/\/[^\s]+$/;

/** SITE1.1: an audience, or its problem. */
function audienceProblem(name: string, value: CanonicalValue | undefined): string | undefined {
  if (value === "members" || value === "organisation") return undefined;
  return typeof value === "string" && value.startsWith("role:") && NAME.test(value.slice(5)) ? undefined : `${name} is not members, organisation or role:<name>`;
}

function linksProblem(value: CanonicalValue | undefined): string | undefined {
  const list = listProblem("links", value, MAX_SITE_LINKS);
  if (list !== undefined) return list;
  for (const [i, link] of (value as readonly CanonicalValue[]).entries()) {
    const l = link as BodyObject;
    const problem =
      membersProblem(link, ["title", "url"]) ??
      firstProblem(
        plainTextProblem("title", l.title, MAX_LINK_TITLE_LENGTH, false),
        typeof l.url === "string" && l.url.length <= MAX_LINK_URL_LENGTH && URL_TEXT.test(l.url) ? undefined : "url is not an http or https address",
      );
    if (problem !== undefined) return `links[${i}]: ${problem}`;
  }
  return undefined;
}

function sectionsProblem(value: CanonicalValue | undefined): string | undefined {
  const list = listProblem("sections", value, MAX_SITE_SECTIONS);
  if (list !== undefined) return list;
  const names = value as readonly CanonicalValue[];
  for (const [i, name] of names.entries()) {
    if (typeof name !== "string" || !NAME.test(name)) return `sections[${i}] is not a section name`;
    if (i > 0 && !((names[i - 1] as string) < name)) return "sections is not sorted ascending without repeats";
  }
  return undefined;
}

function postingProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["blog", "forum"]);
  if (shape !== undefined) return `posting: ${shape}`;
  const p = value as BodyObject;
  return firstProblem(audienceProblem("posting.blog", p.blog), audienceProblem("posting.forum", p.forum));
}

/** Parses a `site-setting` body (SITE1.1). Never throws. */
export function parseSiteSettingBody(body: CanonicalValue): BodyParse<SiteSettingBody> {
  const b = body as BodyObject;
  const problem =
    membersProblem(body, ["about", "chapter", "decision", "links", "pinned", "posting", "sections"]) ??
    firstProblem(
      idProblem("chapter", b.chapter),
      idProblem("decision", b.decision),
      b.about === "" ? undefined : plainTextProblem("about", b.about, MAX_SITE_ABOUT_LENGTH, true),
      idListProblem("pinned", b.pinned, 0, MAX_SITE_PINNED),
      linksProblem(b.links),
      sectionsProblem(b.sections),
      postingProblem(b.posting),
    );
  return problem === undefined ? { ok: true, body: { kind: "site-setting", ...(body as object) } as SiteSettingBody } : { ok: false, problem };
}
