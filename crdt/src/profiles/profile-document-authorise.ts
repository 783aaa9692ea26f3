/**
 * The Profile document's authorise step (PROTOCOL.md PF3.1, D3.8): a member's Profile document
 * counts only that member's own profiles and pictures, whoever else wrote into it.
 */
import type { Authorise } from "../chokepoint/read-document.js";
import type { MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import { judgeProfile, judgeProfilePicture } from "./judge-profile.js";

/**
 * The Profile document's authorise step (PF3.1) for the document of `owner` (PF4.1): a profile or
 * picture counts when its body is well formed and `owner` signed it and is the member it names;
 * the others are `unauthorised`, detail `[PF3.1] ` and why. Never throws.
 */
export function profileDocumentAuthorise(owner: MemberKey): Authorise {
  return (records) => {
    const accepted: ParsedRecord[] = [];
    const rejections: Rejection[] = [];
    for (const record of records) {
      const problem = ownerProblem(record, owner);
      if (problem === undefined) accepted.push(record);
      else rejections.push({ key: record.id, id: record.id, reason: "unauthorised", detail: `[PF3.1] ${problem}` });
    }
    return { accepted, rejections };
  };
}

/** Why a record in `owner`'s Profile document does not count (PF3.1), or undefined. */
function ownerProblem(record: ParsedRecord, owner: MemberKey): string | undefined {
  const verdict = record.envelope.kind === "profile-picture" ? judgeProfilePicture(record) : judgeProfile(record);
  if (!verdict.ok) return verdict.problem;
  return verdict.body.member === owner ? undefined : `about ${verdict.body.member}, not this Profile document's owner`;
}
