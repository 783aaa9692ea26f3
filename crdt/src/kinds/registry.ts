/**
 * The kind registry: every record kind of every feature, registered once (each feature's
 * `kinds.ts`). Everything that lists kinds derives from it: each document type's kinds per map
 * (documents/*.ts through `kindsByMap`, so the chokepoint's "kind held here" check, D3.5), the kinds
 * the desktop vault signs and their body types (the desktop contract, E7.1). This is the only file
 * that imports every feature's kinds.
 */
import { AID_SPECS } from "../aid/kinds.js";
import { ASSEMBLY_SPECS } from "../assemblies/kinds.js";
import { MINUTES_SPECS } from "../assemblies/minutes-kinds.js";
import { BLOG_SPECS } from "../blog/kinds.js";
import { CHAT_SPECS } from "../chat/kinds.js";
import { CURRENT_SPECS } from "../currents/kinds.js";
import { DELEGATION_SPECS } from "../delegation/kinds.js";
import { DUES_SPECS } from "../dues/kinds.js";
import { DISSENT_SPECS } from "../dissent/kinds.js";
import { FORUM_SPECS } from "../forums/kinds.js";
import { EVENT_SPECS } from "../events/kinds.js";
import { HOME_SPECS } from "../home/kinds.js";
import { MEMBERSHIP_SPECS } from "../membership/kinds.js";
import { PRIVATE_SPECS } from "../private/kinds.js";
import { PROFILE_SPECS } from "../profiles/kinds.js";
import { SITE_SPECS } from "../site/kinds.js";
import { PROPOSAL_SPECS } from "../proposals/kinds.js";
import { PROJECT_SPECS } from "../projects/kinds.js";
import { RESOURCE_SPECS } from "../resources/kinds.js";
import { VOTE_SPECS } from "../votes/kinds.js";
import type { BodyParse, DocumentName, KindPlace, KindSpec } from "./define-kind.js";
import type { BodyFields } from "./record-draft.js";
import { RESERVED_SPECS } from "./reserved-kinds.js";

/** Every record kind, each once. */
export const ALL_KINDS = Object.freeze([...MEMBERSHIP_SPECS, ...PROPOSAL_SPECS, ...VOTE_SPECS, ...DELEGATION_SPECS, ...HOME_SPECS, ...PROFILE_SPECS, ...CHAT_SPECS, ...DUES_SPECS, ...AID_SPECS, ...FORUM_SPECS, ...BLOG_SPECS, ...SITE_SPECS, ...DISSENT_SPECS, ...EVENT_SPECS, ...ASSEMBLY_SPECS, ...MINUTES_SPECS, ...CURRENT_SPECS, ...RESOURCE_SPECS, ...PROJECT_SPECS, ...PRIVATE_SPECS, ...RESERVED_SPECS] as const);

/** The spec of any registered kind. */
export type RegisteredKind = (typeof ALL_KINDS)[number];
/** A registered kind's name. */
export type RecordKind = RegisteredKind["kind"];
/** A kind the desktop vault signs for the app. */
export type SignableKind = Extract<RegisteredKind, { readonly signable: true }>["kind"];
/** The body a kind's validator gives. */
export type BodyOf<K extends RecordKind> = Extract<ReturnType<Extract<RegisteredKind, { readonly kind: K }>["parseBody"]>, { readonly ok: true }>["body"];
/** Each signable kind's body as the app sends it to be signed (the desktop contract). */
export type RecordBodies = { readonly [K in SignableKind]: BodyFields<BodyOf<K>> };

const BY_KIND: ReadonlyMap<string, KindSpec> = (() => {
  const specs = new Map<string, KindSpec>();
  for (const spec of ALL_KINDS as readonly KindSpec[]) {
    if (specs.has(spec.kind)) throw new TypeError(`kind ${spec.kind} is registered twice`);
    specs.set(spec.kind, spec);
  }
  return specs;
})();

/** The spec of `kind`, or undefined for a kind no feature declares. Never throws. */
export function kindSpec(kind: string): KindSpec | undefined {
  return BY_KIND.get(kind);
}

/** Every place a kind is held: its own map first, then the indexes that also hold it. */
export function placesOf(spec: KindSpec): readonly KindPlace[] {
  return [{ document: spec.document, map: spec.map }, ...spec.alsoIn];
}

/** The kinds a record map of a document type holds, in registry order. Never throws. */
export function kindsIn(document: DocumentName, map: string): readonly string[] {
  return (ALL_KINDS as readonly KindSpec[])
    .filter((spec) => placesOf(spec).some((place) => place.document === document && place.map === map))
    .map((spec) => spec.kind);
}

/**
 * A document type's record maps, in the order its type declares them, each with the kinds the
 * registry places there: what `defineDocumentType` takes as `maps`.
 * @throws {TypeError} if a map holds no registered kind, or the registry places a kind of this
 *   document in a map the type does not declare.
 */
export function kindsByMap<const M extends string>(document: DocumentName, maps: readonly M[]): { readonly [K in M]: readonly string[] } {
  const out = {} as { [K in M]: readonly string[] };
  for (const map of maps) {
    const kinds = kindsIn(document, map);
    if (kinds.length === 0) throw new TypeError(`${document}: map ${map} holds no registered kind`);
    out[map] = Object.freeze(kinds);
  }
  for (const spec of ALL_KINDS as readonly KindSpec[]) {
    for (const place of placesOf(spec)) {
      if (place.document === document && !(maps as readonly string[]).includes(place.map))
        throw new TypeError(`${document}: kind ${spec.kind} is registered in map ${place.map}, which the document type does not declare`);
    }
  }
  return out;
}

/** Every kind the desktop vault signs for the app (E7.1): the registered kinds marked signable. */
export const SIGNABLE_KINDS: readonly SignableKind[] = Object.freeze(
  (ALL_KINDS as readonly KindSpec[]).filter((spec) => spec.signable).map((spec) => spec.kind as SignableKind),
);

/** True for one of SIGNABLE_KINDS. Never throws. */
export function isSignableKind(kind: unknown): kind is SignableKind {
  return typeof kind === "string" && kindSpec(kind)?.signable === true;
}

/** A body read by the validator of its kind, or why it cannot be: an unregistered kind, or the validator's problem. Never throws. */
export function parseKindBody(kind: string, body: Parameters<KindSpec["parseBody"]>[0]): BodyParse<unknown> {
  const spec = kindSpec(kind);
  return spec === undefined ? { ok: false, problem: `${kind} is not a registered record kind` } : spec.parseBody(body);
}
