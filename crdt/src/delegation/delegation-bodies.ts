/**
 * The body schema of each delegation kind (PROTOCOL.md DG1) and of the open's `delegations`
 * member (DG1.4), with their parsers. `parseDelegationBody` turns a record's body into a typed
 * value or a problem text; it never throws.
 */
import { canonicalize, type CanonicalValue } from "../records/canonical.js";
import type { ChapterId, MemberKey, ProposalId, RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { booleanProblem } from "../membership/body-fields.js";
import { firstProblem, idListProblem, idProblem, intProblem, membersProblem, nullableIdProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";

/** Most ids one `delegation-set` lists (DG1.3): keeps it under R8. */
export const MAX_SET_IDS = 5000;
/** Most sets one open names (DG1.4). */
export const MAX_SETS = 1024;
/** Longest chain a vote may allow (DG1.4). */
export const MAX_DEPTH = 16;
/** Largest per-voter cap (DG1.4). */
export const MAX_CAP = 1_000_000;
/** Longest topic (DG1.1, DG1.4). */
export const MAX_TOPIC = 100;

/** What a delegation covers (DG1.1). */
export type DelegationScope =
  | { readonly chapter: ChapterId; readonly subchapters: boolean }
  | { readonly chapter: ChapterId; readonly topic: string }
  | { readonly proposal: ProposalId };

/** `delegate` (DG1.1). */
export interface DelegateBody {
  readonly kind: "delegate";
  readonly scope: DelegationScope;
  readonly to: MemberKey | null;
  readonly seq: number;
  readonly expires: number | null;
}
/** `decline` (DG1.2). */
export interface DeclineBody {
  readonly kind: "decline";
  readonly delegation: RecordId;
}
/** `delegation-set` (DG1.3). */
export interface DelegationSetBody {
  readonly kind: "delegation-set";
  readonly ids: readonly RecordId[];
}
/** Any delegation body. */
export type DelegationRecordBody = DelegateBody | DeclineBody | DelegationSetBody;
/** A kind of section DG. */
export type DelegationKind = DelegationRecordBody["kind"];

/** The open's `delegations` member (DG1.4). */
export interface OpenDelegations {
  readonly sets: readonly RecordId[];
  readonly depth: number;
  readonly cap: number | null;
  readonly topic: string | null;
}

function scopeProblem(value: CanonicalValue | undefined): string | undefined {
  const scope = (value ?? null) as BodyObject;
  if (membersProblem(value ?? null, ["proposal"]) === undefined) return idProblem("scope.proposal", scope.proposal);
  if (membersProblem(value ?? null, ["chapter", "subchapters"]) === undefined)
    return firstProblem(idProblem("scope.chapter", scope.chapter), booleanProblem("scope.subchapters", scope.subchapters));
  if (membersProblem(value ?? null, ["chapter", "topic"]) === undefined)
    return firstProblem(idProblem("scope.chapter", scope.chapter), textProblem("scope.topic", scope.topic, 1, MAX_TOPIC));
  return "scope is not exactly { chapter, subchapters }, { chapter, topic } or { proposal }";
}

function bodyProblem(kind: DelegationKind, body: CanonicalValue): string | undefined {
  const b = body as BodyObject;
  switch (kind) {
    case "delegate":
      return (
        membersProblem(body, ["expires", "scope", "seq", "to"]) ??
        firstProblem(
          scopeProblem(b.scope),
          nullableIdProblem("to", b.to),
          intProblem("seq", b.seq, 1, MAX_SEQ),
          b.expires === null ? undefined : intProblem("expires", b.expires, 0, Number.MAX_SAFE_INTEGER),
        )
      );
    case "decline":
      return membersProblem(body, ["delegation"]) ?? idProblem("delegation", b.delegation);
    case "delegation-set":
      return membersProblem(body, ["ids"]) ?? idListProblem("ids", b.ids, 1, MAX_SET_IDS);
  }
}

/** Parses the body of a delegation-kind record (DG1). Never throws. */
export function parseDelegationBody(kind: DelegationKind, body: CanonicalValue): BodyParse<DelegationRecordBody> {
  const problem = bodyProblem(kind, body);
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, body: { kind, ...(body as object) } as DelegationRecordBody };
}

/** Problem if `value` is not an open's `delegations` member (DG1.4). Never throws. */
export function openDelegationsProblem(value: CanonicalValue | undefined): string | undefined {
  const shape = membersProblem(value ?? null, ["cap", "depth", "sets", "topic"]);
  if (shape !== undefined) return `delegations: ${shape}`;
  const { sets, depth, cap, topic } = value as BodyObject;
  return firstProblem(
    idListProblem("delegations.sets", sets, 0, MAX_SETS),
    intProblem("delegations.depth", depth, 1, MAX_DEPTH),
    cap === null ? undefined : intProblem("delegations.cap", cap, 1, MAX_CAP),
    topic === null ? undefined : textProblem("delegations.topic", topic, 1, MAX_TOPIC),
  );
}

/** The record ids a body names that must be in the record's deps (DG1.1, DG1.2). Never throws. */
export function delegationNamedIds(body: DelegationRecordBody): RecordId[] {
  switch (body.kind) {
    case "delegate":
      return ["proposal" in body.scope ? body.scope.proposal : body.scope.chapter];
    case "decline":
      return [body.delegation];
    case "delegation-set":
      return [];
  }
}

/** The scope's identity: its canonical JSON (R1), which DG2.5 compares. Never throws on a parsed scope. */
export function scopeKey(scope: DelegationScope): string {
  return canonicalize(scope);
}
