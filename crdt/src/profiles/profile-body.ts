/**
 * The `profile` record's body (PROTOCOL.md PF1): the member it is about, its `seq`, the name and
 * short bio others see, the box key others seal to (PF1.3) and a reference to the picture
 * (PF1.4). Display and addressing only, never authority: no rule of M, P or V reads it.
 */
import type { CanonicalValue } from "../records/canonical.js";
import type { MemberKey } from "../records/ids.js";
import type { BodyParse } from "../kinds/define-kind.js";
import { firstProblem, idProblem, intProblem, membersProblem, textProblem, type BodyObject } from "../proposals/field-checks.js";
import { MAX_SEQ } from "../proposals/proposal-bodies.js";
import { boxKeyProblem } from "./box-key.js";
import { pictureRefProblem, type ProfilePictureRef } from "./profile-picture.js";

/** Longest name, in UTF-16 code units (PF1.1). */
export const MAX_MEMBER_NAME_LENGTH = 200;
/** Longest bio, in UTF-16 code units (PF1.2). */
export const MAX_BIO_LENGTH = 500;

/** `profile` (PF1). */
export interface ProfileBody {
  readonly kind: "profile";
  /** The member it is about: its signer (PF1.5). */
  readonly member: MemberKey;
  /** 1 … 2^31: the member's highest wins (PF5.3). */
  readonly seq: number;
  readonly name: string;
  /** Possibly empty. */
  readonly bio: string;
  /** The member's X25519 public key (K3.5), unpadded base64url. */
  readonly box: string;
  readonly picture: ProfilePictureRef | null;
}

/** True for a C0 or C1 control character or DEL (U+0000–U+001F, U+007F–U+009F). */
const isControl = (unit: number): boolean => unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);

/** Problem if `text` has white space at either end (what `String.prototype.trim` removes) or a control character other than those `allowed`. */
function shapeProblem(name: string, text: string, allowed: string): string | undefined {
  if (text.trim() !== text) return `${name} has a space at its start or end`;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i)) && !allowed.includes(text[i]!)) return `${name} holds a control character`;
  return undefined;
}

/** Why `name` cannot be signed as a member's name (PF1.1), or undefined: 1–200 code units, no surrounding spaces, no control characters. Never throws. */
export function memberNameProblem(name: CanonicalValue | undefined): string | undefined {
  return textProblem("name", name, 1, MAX_MEMBER_NAME_LENGTH) ?? shapeProblem("name", name as string, "");
}

/** Why `bio` cannot be signed as a bio (PF1.2), or undefined: 0–500 code units, no surrounding white space, no control character but line feeds. Never throws. */
export function bioProblem(bio: CanonicalValue | undefined): string | undefined {
  return textProblem("bio", bio, 0, MAX_BIO_LENGTH) ?? shapeProblem("bio", bio as string, "\n");
}

/** Parses a `profile` body (PF1). Never throws. */
export function parseProfileBody(body: CanonicalValue): BodyParse<ProfileBody> {
  const b = body as BodyObject;
  const problem =
    membersProblem(body, ["bio", "box", "member", "name", "picture", "seq"]) ??
    firstProblem(
      idProblem("member", b.member),
      intProblem("seq", b.seq, 1, MAX_SEQ),
      memberNameProblem(b.name),
      bioProblem(b.bio),
      boxKeyProblem("box", b.box),
      b.picture === null ? undefined : pictureRefProblem(b.picture),
    );
  if (problem !== undefined) return { ok: false, problem };
  const picture = b.picture as BodyObject | null;
  return {
    ok: true,
    body: {
      kind: "profile",
      member: b.member as MemberKey,
      seq: b.seq as number,
      name: b.name as string,
      bio: b.bio as string,
      box: b.box as string,
      picture: picture === null ? null : { hash: picture.hash as string, type: picture.type as ProfilePictureRef["type"], size: picture.size as number },
    },
  };
}
