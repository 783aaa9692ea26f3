/**
 * The bodies of a member's Home document entries (PROTOCOL.md D4.1): which organisations and
 * chapters the member belongs to, signed by the member, so that restoring from the recovery phrase
 * on a new device finds them again. `parseHomeBody` turns a body into a typed value or a problem
 * text; it never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { firstProblem, idProblem, listProblem, membersProblem, textProblem, urlProblem, type BodyObject } from "../proposals/field-checks.js";

/** Most relays one organisation entry lists (D4.1). */
export const MAX_HOME_RELAYS = 16;
/** Longest relay address an entry lists, in UTF-16 code units (D4.1). */
export const MAX_RELAY_LENGTH = 2048;
/** Longest organisation name an entry gives (D4.1, as M4.1's chapter names). */
export const MAX_HOME_NAME_LENGTH = 200;

/** `home-organisation`: an organisation the member belongs to. */
export interface HomeOrganisationBody {
  readonly kind: "home-organisation";
  /** Its Organisation document. */
  readonly organisation: DocumentUrl;
  /** The id of its root chapter (M4.2). */
  readonly root: ChapterId;
  /** Its name, for display. */
  readonly name: string;
  /** The relay addresses that serve it, sorted without repeats. */
  readonly relays: readonly string[];
}

/** `home-chapter`: a chapter the member joined or founded. */
export interface HomeChapterBody {
  readonly kind: "home-chapter";
  readonly organisation: DocumentUrl;
  readonly chapter: ChapterId;
  /** Its Chapter document. */
  readonly document: DocumentUrl;
}

/** Any Home entry's body. */
export type HomeBody = HomeOrganisationBody | HomeChapterBody;
/** A kind of the Home document (D4). */
export type HomeKind = HomeBody["kind"];

function relaysProblem(value: CanonicalValue | undefined): string | undefined {
  const list = listProblem("relays", value, MAX_HOME_RELAYS);
  if (list !== undefined) return list;
  const relays = value as readonly CanonicalValue[];
  for (const [i, relay] of relays.entries()) {
    const bad = textProblem(`relays[${i}]`, relay, 1, MAX_RELAY_LENGTH);
    if (bad !== undefined) return bad;
    if (i > 0 && !((relays[i - 1] as string) < (relay as string))) return "relays is not sorted without repeats";
  }
  return undefined;
}

function bodyProblem(kind: HomeKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "home-organisation":
      return (
        membersProblem(body, ["name", "organisation", "relays", "root"]) ??
        firstProblem(urlProblem("organisation", b.organisation), idProblem("root", b.root), textProblem("name", b.name, 1, MAX_HOME_NAME_LENGTH), relaysProblem(b.relays))
      );
    case "home-chapter":
      return (
        membersProblem(body, ["chapter", "document", "organisation"]) ??
        firstProblem(urlProblem("organisation", b.organisation), idProblem("chapter", b.chapter), urlProblem("document", b.document))
      );
  }
}

/** Parses the body of a Home entry (D4.1): the validator of each kind of home/kinds.ts. Never throws. */
export function parseHomeBody(kind: HomeKind, body: CanonicalValue): BodyParse<HomeBody> {
  const problem = bodyProblem(kind, body);
  return problem === undefined ? { ok: true, body: { kind, ...(body as object) } as HomeBody } : { ok: false, problem };
}
