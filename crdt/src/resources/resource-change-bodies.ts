/**
 * The bodies of a resource's changes (PROTOCOL.md RS7, RS8): a whole new version of a resource
 * (`resource-edit`) and its author taking it out of the library (`resource-remove`).
 * `parseResourceChangeBody` never throws.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { RecordId } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { idProblem, membersProblem, type BodyObject } from "../proposals/field-checks.js";
import { RESOURCE_FIELDS, resourceFieldsProblem, type ResourceBody } from "./resource-body.js";

/** What a resource says, in its `resource` and each `resource-edit`. */
export type ResourceFields = Omit<ResourceBody, "kind" | "chapter">;

/** `resource-edit` (RS7): a whole new version of `resource`. */
export interface ResourceEditBody extends ResourceFields {
  readonly kind: "resource-edit";
  readonly resource: RecordId;
}

/** `resource-remove` (RS8): the author takes `resource` out of the library. */
export interface ResourceRemoveBody {
  readonly kind: "resource-remove";
  readonly resource: RecordId;
}

export type ResourceChangeBody = ResourceEditBody | ResourceRemoveBody;
export type ResourceChangeKind = ResourceChangeBody["kind"];

const RULE: Readonly<Record<ResourceChangeKind, string>> = Object.freeze({ "resource-edit": "RS7", "resource-remove": "RS8" });

function bodyProblem(kind: ResourceChangeKind, body: CanonicalValue): string | undefined {
  const shape = membersProblem(body, kind === "resource-edit" ? ["resource", ...RESOURCE_FIELDS] : ["resource"]);
  if (shape !== undefined) return shape;
  const fields = body as BodyObject;
  return idProblem("resource", fields["resource"]) ?? (kind === "resource-edit" ? resourceFieldsProblem(fields) : undefined);
}

/** Parses the body of a resource's change (RS7, RS8), the problem beginning with its rule id. Never throws. */
export function parseResourceChangeBody<K extends ResourceChangeKind>(kind: K, body: CanonicalValue): BodyParse<Extract<ResourceChangeBody, { readonly kind: K }>> {
  const problem = bodyProblem(kind, body);
  return problem === undefined ? { ok: true, body: { kind, ...(body as object) } as Extract<ResourceChangeBody, { readonly kind: K }> } : { ok: false, problem: `[${RULE[kind]}] ${problem}` };
}
