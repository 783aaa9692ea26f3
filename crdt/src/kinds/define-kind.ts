/**
 * One record kind, declared once (docs/ARCHITECTURE.md "A record kind"): its body type and the one
 * validator of that body, who signs it, the document and record map that hold it, whether the app
 * may have it signed by the desktop vault, and the PROTOCOL.md rule that defines it. Every list of
 * kinds elsewhere (each document type's maps, the kinds the vault signs, the desktop contract's
 * body types, each feature's kind list) is derived from these specs (`registry.ts`).
 */
import { isObject, type CanonicalValue } from "../records/canonical.js";

/** The document types by their `type.name` (PROTOCOL.md D4). */
export type DocumentName = "organisation" | "chapter" | "proposal" | "ballot-box" | "home" | "thread" | "profile" | "conversation" | "assembly" | "currents";

/** A record map of a document type: where records of a kind are held (D2, D4). */
export interface KindPlace {
  readonly document: DocumentName;
  readonly map: string;
}

/** A record body: a canonical JSON object (R1). */
export type RecordBody = { readonly [member: string]: CanonicalValue };

/** A body read by its kind's validator: the typed body, or why it is malformed (naming the member). */
export type BodyParse<B> = { readonly ok: true; readonly body: B } | { readonly ok: false; readonly problem: string };

/** Of a union of bodies tagged by `kind`, the ones a record of kind `K` parses to. */
export type BodyOfKind<U, K extends string> = U extends { readonly kind: infer T } ? (K extends T ? U : never) : never;

/** One record kind. `S` is whether it is signable, kept as a literal so the signable kinds' types derive from it. */
export interface KindSpec<K extends string = string, B = unknown, S extends boolean = boolean> extends KindPlace {
  /** The envelope's `kind` (R4). */
  readonly kind: K;
  /** Other record maps that hold the same record as an index entry or a copy (D2: a proposal's
   * creation record is also in its chapter's `proposals`, so the chapter page lists it; PF3.2: a
   * member's profile is also in their chapters' `profiles`, so member lists show their names). */
  readonly alsoIn: readonly KindPlace[];
  /** The one validator of the body's shape (its section's "exactly these members"). Never throws. */
  readonly parseBody: (body: CanonicalValue) => BodyParse<B>;
  /** Whose key signs it: a member's, or an invite's token key (M7.2). */
  readonly signedBy: "member" | "token";
  /** True when the app may ask the desktop vault to sign it (`SIGNABLE_KINDS`). */
  readonly signable: S;
  /** Held by a document type for a feature that has not defined its body yet: any canonical
   * object passes `parseBody`, and it is not signable until that feature defines it. */
  readonly reserved: boolean;
  /** Its PROTOCOL.md rule id, e.g. "V4". */
  readonly rule: string;
}

/** What `defineKind` takes: `alsoIn` and `reserved` may be left out. */
export type KindDeclaration<K extends string, B, S extends boolean> = Omit<KindSpec<K, B, S>, "alsoIn" | "reserved"> & {
  readonly alsoIn?: readonly KindPlace[];
  readonly reserved?: boolean;
};

/**
 * Declares a kind, checking that it is coherent.
 * @throws {TypeError} if a signable kind is reserved or signed by a token, or the rule id is empty.
 */
export function defineKind<const K extends string, B, const S extends boolean>(declaration: KindDeclaration<K, B, S>): KindSpec<K, B, S> {
  const spec: KindSpec<K, B, S> = { ...declaration, alsoIn: Object.freeze([...(declaration.alsoIn ?? [])]), reserved: declaration.reserved ?? false };
  if (spec.signable && (spec.reserved || spec.signedBy !== "member")) throw new TypeError(`${spec.kind}: only a member's defined kind can be signable`);
  if (spec.rule === "") throw new TypeError(`${spec.kind}: no PROTOCOL.md rule id`);
  return Object.freeze(spec);
}

/** The body validator of a reserved kind: any canonical object, as it is. Never throws. */
export function anyObjectBody(body: CanonicalValue): BodyParse<RecordBody> {
  return isObject(body) ? { ok: true, body } : { ok: false, problem: "body is not an object" };
}
