/**
 * The body schema of each membership kind (PROTOCOL.md M1.2, M4–M10) and its parser.
 * `parseBody` turns a record's body into a typed value or a problem text; it never throws.
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";
import type { ChapterId, DocumentUrl, MemberKey, RecordId } from "../records/ids.js";
import {
  booleanProblem,
  firstProblem,
  idListProblem,
  idProblem,
  intProblem,
  membersProblem,
  nullableIdProblem,
  type BodyObject,
} from "./body-fields.js";
import type { BodyParse } from "../kinds/define-kind.js";

/** Chapter levels from the top down (M4.3). A child's level comes strictly after its parent's. */
export const LEVELS = Object.freeze(["international", "country", "region", "city", "neighbourhood"] as const);
/** One chapter level. */
export type Level = (typeof LEVELS)[number];

/** Most founders a genesis may list (M4.1). */
export const MAX_FOUNDERS = 32;
/** Largest `admission.sponsors` (M4.1) and most sponsor records one admit may cite (M6.3). */
export const MAX_SPONSORS = 16;
/** Largest `maxUses` of an invite (M7.1). */
export const MAX_INVITE_USES = 1000;
/** Longest chapter name, in UTF-16 code units (M4.1). */
export const MAX_NAME_LENGTH = 200;

const DOCUMENT_URL = /^automerge:[1-9A-HJ-NP-Za-km-z]{1,64}$/;
const ROLE_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** A place in integer microdegrees (M4.1). */
export interface Place {
  readonly lat: number;
  readonly lon: number;
}

/** A chapter's admission policy, fixed by its genesis (M4.1, M6). */
export interface AdmissionPolicy {
  /** How many distinct members of the chapter must sponsor a candidate. */
  readonly sponsors: number;
  /** Whether a facilitator must countersign the candidacy. */
  readonly countersign: boolean;
}

/** `genesis` (M4). */
export interface GenesisBody {
  readonly kind: "genesis";
  readonly name: string;
  readonly level: Level;
  readonly parent: ChapterId | null;
  readonly place: Place | null;
  readonly document: DocumentUrl;
  readonly admission: AdmissionPolicy;
  readonly founders: readonly MemberKey[];
}
/** `endorse` (M5) and `leave` (M8.1): only the chapter. */
export interface ChapterOnlyBody {
  readonly kind: "endorse" | "leave";
  readonly chapter: ChapterId;
}
/** `sponsor` (M6.1) and `countersign` (M6.2). */
export interface CandidacyBody {
  readonly kind: "sponsor" | "countersign";
  readonly chapter: ChapterId;
  readonly candidate: MemberKey;
}
/** `admit` (M6.3). */
export interface AdmitBody {
  readonly kind: "admit";
  readonly chapter: ChapterId;
  readonly sponsors: readonly RecordId[];
  readonly countersign: RecordId | null;
  readonly redeem: RecordId | null;
}
/** `invite` (M7.1). */
export interface InviteBody {
  readonly kind: "invite";
  readonly chapter: ChapterId;
  readonly token: MemberKey;
  readonly maxUses: number;
  readonly expires: number;
}
/** `redeem` (M7.2). */
export interface RedeemBody {
  readonly kind: "redeem";
  readonly chapter: ChapterId;
  readonly invite: RecordId;
  readonly candidate: MemberKey;
}
/** `uninvite` (M7.5). */
export interface UninviteBody {
  readonly kind: "uninvite";
  readonly chapter: ChapterId;
  readonly invite: RecordId;
}
/** `remove` (M8.2). */
export interface RemoveBody {
  readonly kind: "remove";
  readonly chapter: ChapterId;
  readonly member: MemberKey;
  readonly decision: RecordId | null;
}
/** `role` (M9). */
export interface RoleBody {
  readonly kind: "role";
  readonly chapter: ChapterId;
  readonly member: MemberKey;
  readonly role: string;
  readonly grant: boolean;
  readonly decision: RecordId | null;
}
/** `rotate-proof` (M10.1): signed by the new key, naming the old one. */
export interface RotateProofBody {
  readonly kind: "rotate-proof";
  readonly chapter: ChapterId;
  readonly key: MemberKey;
}
/** `rotate` (M10.2): signed by the old key, naming the new one. */
export interface RotateBody {
  readonly kind: "rotate";
  readonly chapter: ChapterId;
  readonly key: MemberKey;
  readonly proof: RecordId;
}

/** Any parsed membership body, tagged by its record's kind. */
export type MembershipBody =
  | GenesisBody
  | ChapterOnlyBody
  | CandidacyBody
  | AdmitBody
  | InviteBody
  | RedeemBody
  | UninviteBody
  | RemoveBody
  | RoleBody
  | RotateProofBody
  | RotateBody;

/** Every membership kind (M1.1), as its bodies' tags say. */
export type MembershipKind = MembershipBody["kind"];

/** The result of `parseBody`. */
export type BodyResult = BodyParse<MembershipBody>;

/**
 * Parses and checks the body of a membership record against its kind's schema (M1.2): the
 * validator of each membership kind (membership/kinds.ts). Never throws: a bad body gives
 * `{ ok: false, problem }`.
 */
export function parseMembershipBody(kind: MembershipKind, body: CanonicalValue): BodyResult {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  if (kind === "admit") {
    // The kind a large fold parses 100,000 of: one object of a fixed shape, its members in the
    // order the spread below gives them (the body's, sorted, then `kind`), not a copy member by member.
    const b = body as BodyObject;
    const admit = { chapter: b.chapter, countersign: b.countersign, redeem: b.redeem, sponsors: b.sponsors, kind };
    return { ok: true, body: admit as unknown as MembershipBody };
  }
  return { ok: true, body: { ...(body as BodyObject), kind } as unknown as MembershipBody };
}

/** `parseMembershipBody` as the fold reports it: a problem starts with the kind ("genesis body: …"). Never throws. */
export function parseBody(kind: MembershipKind, body: CanonicalValue): BodyResult {
  const parsed = parseMembershipBody(kind, body);
  return parsed.ok ? parsed : { ok: false, problem: `${kind} body: ${parsed.problem}` };
}

/**
 * The record ids a body names (M1.3): they must all be in the record's `deps`.
 * Never throws.
 */
export function namedIds(body: MembershipBody): RecordId[] {
  switch (body.kind) {
    case "genesis":
      return body.parent === null ? [] : [body.parent];
    case "admit": {
      // Built in place: the fold names the ids of 100,000 admits.
      const ids: RecordId[] = [body.chapter];
      for (const sponsor of body.sponsors) ids.push(sponsor);
      if (body.countersign !== null) ids.push(body.countersign);
      if (body.redeem !== null) ids.push(body.redeem);
      return ids;
    }
    case "redeem":
    case "uninvite":
      return [body.chapter, body.invite];
    case "remove":
    case "role":
      return body.decision === null ? [body.chapter] : [body.chapter, body.decision];
    case "rotate":
      return [body.chapter, body.proof];
    default:
      return [body.chapter];
  }
}

function bodyProblem(kind: MembershipKind, body: CanonicalValue): string | undefined {
  const members = (names: string[]) => membersProblem(body, names);
  const b: BodyObject = isObject(body) ? body : {};
  switch (kind) {
    case "genesis":
      return firstProblem(
        members(["admission", "document", "founders", "level", "name", "parent", "place"]),
        nameProblem(b.name),
        typeof b.level === "string" && (LEVELS as readonly string[]).includes(b.level)
          ? undefined
          : "level is not a chapter level",
        nullableIdProblem("parent", b.parent),
        placeProblem(b.place),
        typeof b.document === "string" && DOCUMENT_URL.test(b.document)
          ? undefined
          : "document is not an automerge URL",
        admissionProblem(b.admission),
        idListProblem("founders", b.founders, 1, MAX_FOUNDERS),
      );
    case "endorse":
    case "leave":
      return firstProblem(members(["chapter"]), idProblem("chapter", b.chapter));
    case "sponsor":
    case "countersign":
      return firstProblem(
        members(["candidate", "chapter"]),
        idProblem("chapter", b.chapter),
        idProblem("candidate", b.candidate),
      );
    case "admit":
      return firstProblem(
        members(["chapter", "countersign", "redeem", "sponsors"]),
        idProblem("chapter", b.chapter),
        idListProblem("sponsors", b.sponsors, 0, MAX_SPONSORS),
        nullableIdProblem("countersign", b.countersign),
        nullableIdProblem("redeem", b.redeem),
        b.redeem !== null && (b.countersign !== null || (Array.isArray(b.sponsors) && b.sponsors.length > 0))
          ? "an admit by invite names no sponsors and no countersign"
          : undefined,
      );
    case "invite":
      return firstProblem(
        members(["chapter", "expires", "maxUses", "token"]),
        idProblem("chapter", b.chapter),
        idProblem("token", b.token),
        intProblem("maxUses", b.maxUses, 1, MAX_INVITE_USES),
        intProblem("expires", b.expires, 0, Number.MAX_SAFE_INTEGER),
      );
    case "redeem":
      return firstProblem(
        members(["candidate", "chapter", "invite"]),
        idProblem("chapter", b.chapter),
        idProblem("invite", b.invite),
        idProblem("candidate", b.candidate),
      );
    case "uninvite":
      return firstProblem(
        members(["chapter", "invite"]),
        idProblem("chapter", b.chapter),
        idProblem("invite", b.invite),
      );
    case "remove":
      return firstProblem(
        members(["chapter", "decision", "member"]),
        idProblem("chapter", b.chapter),
        idProblem("member", b.member),
        nullableIdProblem("decision", b.decision),
      );
    case "role":
      return firstProblem(
        members(["chapter", "decision", "grant", "member", "role"]),
        idProblem("chapter", b.chapter),
        idProblem("member", b.member),
        typeof b.role === "string" && ROLE_NAME.test(b.role) ? undefined : "role is not a role name",
        booleanProblem("grant", b.grant),
        nullableIdProblem("decision", b.decision),
      );
    case "rotate-proof":
      return firstProblem(
        members(["chapter", "key"]),
        idProblem("chapter", b.chapter),
        idProblem("key", b.key),
      );
    case "rotate":
      return firstProblem(
        members(["chapter", "key", "proof"]),
        idProblem("chapter", b.chapter),
        idProblem("key", b.key),
        idProblem("proof", b.proof),
      );
  }
}

function nameProblem(value: CanonicalValue | undefined): string | undefined {
  return typeof value === "string" && value.length >= 1 && value.length <= MAX_NAME_LENGTH
    ? undefined
    : `name is not a string of 1..${MAX_NAME_LENGTH} code units`;
}

function placeProblem(value: CanonicalValue | undefined): string | undefined {
  if (value === null) return undefined;
  if (!isObject(value)) return "place is neither null nor an object";
  return firstProblem(
    membersProblem(value, ["lat", "lon"]) === undefined ? undefined : "place must have exactly lat and lon",
    intProblem("place.lat", value.lat, -90_000_000, 90_000_000),
    intProblem("place.lon", value.lon, -180_000_000, 180_000_000),
  );
}

function admissionProblem(value: CanonicalValue | undefined): string | undefined {
  if (!isObject(value)) return "admission is not an object";
  return firstProblem(
    membersProblem(value, ["countersign", "sponsors"]) === undefined
      ? undefined
      : "admission must have exactly countersign and sponsors",
    booleanProblem("admission.countersign", value.countersign),
    intProblem("admission.sponsors", value.sponsors, 0, MAX_SPONSORS),
  );
}
