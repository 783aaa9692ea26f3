/**
 * A profile or picture record judged on its own (PROTOCOL.md PF3): its body well formed for its
 * kind, and signed by the member it names. A record signed by any other key is a forgery: never
 * the member's, whoever signed it.
 */
import type { MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { parseProfileBody, type ProfileBody } from "./profile-body.js";
import { parseProfilePictureBody, type ProfilePictureBody } from "./profile-picture.js";

/** A record's verdict: its body, or why it is not the profile (or picture) of the member it names. */
export type ProfileJudgement<B> =
  | { readonly ok: true; readonly body: B }
  /** `member`: the key the body names, when it names one. */
  | { readonly ok: false; readonly member: MemberKey | undefined; readonly problem: string };

/** Why a signature-valid record is not its member's, or its body (PF3). Never throws. */
function judge<B extends { readonly member: MemberKey }>(record: ParsedRecord, kind: string, parse: (body: ParsedRecord["envelope"]["body"]) => { ok: true; body: B } | { ok: false; problem: string }): ProfileJudgement<B> {
  const { envelope } = record;
  const named = (envelope.body as { readonly member?: unknown } | null)?.member;
  const member = typeof named === "string" ? (named as MemberKey) : undefined;
  if (envelope.kind !== kind) return { ok: false, member, problem: `a ${envelope.kind} record, not a ${kind}` };
  const parsed = parse(envelope.body);
  if (!parsed.ok) return { ok: false, member, problem: `malformed ${kind}: ${parsed.problem}` };
  if (envelope.signer !== parsed.body.member) return { ok: false, member, problem: `forged: signed by ${envelope.signer}, not by the member it names` };
  return parsed;
}

/** A `profile` record judged (PF3): its body, or why it is not the named member's profile. Never throws. */
export function judgeProfile(record: ParsedRecord): ProfileJudgement<ProfileBody> {
  return judge(record, "profile", parseProfileBody);
}

/** A `profile-picture` record judged (PF3): its body, or why it is not the named member's picture. Never throws. */
export function judgeProfilePicture(record: ParsedRecord): ProfileJudgement<ProfilePictureBody> {
  return judge(record, "profile-picture", parseProfilePictureBody);
}
