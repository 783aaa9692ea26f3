/**
 * The mutual-aid records to sign (PROTOCOL.md AID2, AID3), one builder per kind, each writing
 * exactly the members its kind lists with the ids its body names in `deps` (AID1.2). `deps` carry
 * what the caller cites besides: the author's membership of the chapter (AID4.2).
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { AidMetBody, AidPostBody } from "./aid-bodies.js";

/** An `aid-offer` or `aid-request` (AID2). Never throws. */
export function aidPostDraft<K extends AidPostBody["kind"]>(kind: K, fields: BodyFields<AidPostBody>, deps?: Iterable<RecordId>): RecordDraft<K, BodyFields<AidPostBody>> {
  return { kind, body: fields, deps: withNamed(deps, fields.chapter) };
}

/** An `aid-met` (AID3): the author's offer or request `post` was met. Never throws. */
export function aidMetDraft(fields: BodyFields<AidMetBody>, deps?: Iterable<RecordId>): RecordDraft<"aid-met", BodyFields<AidMetBody>> {
  return { kind: "aid-met", body: fields, deps: withNamed(deps, fields.chapter, fields.post) };
}
