import fc from "fast-check";
import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import { toBase64url } from "../encoding/base64url.js";
import type { CanonicalValue } from "../records/canonical.js";
import { boxKeyProblem, isSmallOrderBoxKey } from "./box-key.js";
import { judgeProfile, judgeProfilePicture } from "./judge-profile.js";
import { bioProblem, memberNameProblem, parseProfileBody } from "./profile-body.js";
import { MAX_PICTURE_BYTES, parseProfilePictureBody, pictureRefOf, pictureRefProblem } from "./profile-picture.js";
import { profileDraft, profilePictureDraft } from "./profile-records.js";
import { records, vector } from "../../test/helpers/profiles-vector.js";

const alice = vector.keys["alice"]!;
const box = vector.boxes["alice"]!;
const problem = (parsed: { ok: boolean; problem?: string }) => (parsed.ok ? undefined : parsed.problem);
const body = (changes: Record<string, CanonicalValue>) => profileDraft({ member: alice, seq: 1, name: "Alice", bio: "", box, picture: null, ...changes }).body;

/** The 32 bytes of a little-endian number, the top bit set when `high`. */
function le(value: bigint, high = false): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number((value >> BigInt(8 * i)) & 0xffn);
  if (high) bytes[31]! |= 0x80;
  return bytes;
}
const P = 2n ** 255n - 19n;
const SMALL_ORDER = [0n, 1n, P - 1n, 325606250916557431795983626356110631294008115727848805560023387167927233504n, 39382357235489614581723060781553021112529911719440698176882885853963445705823n];

describe("profile bodies", () => {
  it("[PF1] [PF2] the validators refuse exactly the vector's malformed records, and the judge also its forged ones", () => {
    for (const [i, record] of records.entries()) {
      const { note } = vector.records[i]!;
      const picture = record.envelope.kind === "profile-picture";
      const parsed = picture ? parseProfilePictureBody(record.envelope.body) : parseProfileBody(record.envelope.body);
      expect(parsed.ok, note).toBe(!note.startsWith("malformed"));
      expect((picture ? judgeProfilePicture(record) : judgeProfile(record)).ok, note).toBe(!note.startsWith("malformed") && !note.startsWith("forged"));
    }
  });

  it("[PF1] a body has exactly member, seq, name, bio, box and picture; member a key, seq 1 … 2^31", () => {
    expect(problem(parseProfileBody(body({})))).toBeUndefined();
    const { picture: _, ...noPicture } = body({});
    expect(problem(parseProfileBody(noPicture))).toBe("body has members bio,box,member,name,seq, expected bio,box,member,name,picture,seq");
    expect(problem(parseProfileBody(body({ member: "alice" })))).toBe("member is not a 32-byte base64url value");
    expect(problem(parseProfileBody(body({ seq: 0 })))).toBe("seq is not an integer in 1..2147483648");
    expect(problem(parseProfileBody(body({ seq: 2 ** 31 })))).toBeUndefined();
    expect(problem(parseProfileBody(null))).toBe("body is not an object");
  });

  it("[PF1.1] a name is 1–200 code units with no space at either end and no control character", () => {
    expect(memberNameProblem("Aminata Diallo")).toBeUndefined();
    expect(memberNameProblem("é".repeat(200))).toBeUndefined();
    expect(memberNameProblem(" Alice")).toBe("name has a space at its start or end");
    expect(memberNameProblem("Alice\u00a0")).toBe("name has a space at its start or end");
    expect(memberNameProblem("Al\u0085ice")).toBe("name holds a control character");
    expect(memberNameProblem("Al\nice")).toBe("name holds a control character");
    expect(memberNameProblem("")).toBe("name must be 1 to 200 characters long");
    expect(memberNameProblem("x".repeat(201))).toBe("name must be 1 to 200 characters long");
    expect(memberNameProblem(7)).toBe("name is not a string");
  });

  it("[PF1.2] a bio is 0–500 code units, may hold line feeds but no other control character, and no white space at either end", () => {
    expect(bioProblem("")).toBeUndefined();
    expect(bioProblem("First line.\nSecond line.")).toBeUndefined();
    expect(bioProblem("x".repeat(500))).toBeUndefined();
    expect(bioProblem("x".repeat(501))).toBe("bio must be 0 to 500 characters long");
    expect(bioProblem("Tabs\there")).toBe("bio holds a control character");
    expect(bioProblem("Windows\r\nline")).toBe("bio holds a control character");
    expect(bioProblem("trailing line\n")).toBe("bio has a space at its start or end");
  });

  it("[PF1.3] every encoding of a small-order X25519 point is refused, and X25519 to each gives the all-zero secret anyone can compute", () => {
    const scalar = new Uint8Array(32).fill(9);
    for (const u of SMALL_ORDER) {
      // u and, where it fits below 2^255, its non-canonical u + p; each with the ignored top bit clear and set.
      for (const value of [u, u + P].filter((v) => v < 2n ** 255n)) {
        for (const high of [false, true]) {
          const key = le(value, high);
          expect(isSmallOrderBoxKey(key), `${value} ${high}`).toBe(true);
          expect([...nacl.scalarMult(scalar, key)].every((b) => b === 0), `${value} ${high}`).toBe(true);
          expect(boxKeyProblem("box", toBase64url(key))).toBe("box is an X25519 key of small order, which anyone could open a box sealed to");
        }
      }
    }
  });

  it("[PF1.3] any box key X25519 turns into a secret that is not all zeros is accepted", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        const zero = nacl.scalarMult(new Uint8Array(32).fill(9), key).every((b) => b === 0);
        expect(isSmallOrderBoxKey(key)).toBe(zero);
      }),
      { numRuns: 200 },
    );
    expect(boxKeyProblem("box", box)).toBeUndefined();
    expect(boxKeyProblem("box", "short")).toBe("box is not a 32-byte base64url value");
  });

  it("[PF1.4] a picture reference is null or exactly { hash, size, type }: a SHA-256, 1 to 65,536 bytes, a JPEG, PNG or WebP", () => {
    const ref = vector.picture.ref;
    expect(problem(parseProfileBody(body({ picture: ref })))).toBeUndefined();
    expect(pictureRefOf("image/png", Uint8Array.from(Buffer.from(vector.picture.hex, "hex")))).toEqual(ref);
    expect(pictureRefProblem({ ...ref, size: 0 })).toBe("picture: size is not an integer in 1..65536");
    expect(pictureRefProblem({ ...ref, size: MAX_PICTURE_BYTES + 1 })).toBe("picture: size is not an integer in 1..65536");
    expect(pictureRefProblem({ ...ref, type: "image/gif" })).toBe("picture: type is not one of image/jpeg, image/png, image/webp");
    expect(pictureRefProblem({ ...ref, hash: "x" })).toBe("picture: hash is not a 32-byte base64url value");
    expect(pictureRefProblem({ hash: ref.hash, type: ref.type })).toBe("picture: body has members hash,type, expected hash,size,type");
  });

  it("[PF2.1] a picture holds 1 to 65,536 bytes that start as its type's files do", () => {
    const member = alice;
    const parse = (type: "image/jpeg" | "image/png" | "image/webp", bytes: Uint8Array) => problem(parseProfilePictureBody(profilePictureDraft({ member, type, bytes }).body));
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xdb);
    const webp = Uint8Array.from([..."RIFF"].map((c) => c.charCodeAt(0)).concat([4, 0, 0, 0], [..."WEBP"].map((c) => c.charCodeAt(0))));
    expect(parse("image/jpeg", jpeg)).toBeUndefined();
    expect(parse("image/webp", webp)).toBeUndefined();
    expect(parse("image/png", Uint8Array.from(Buffer.from(vector.picture.hex, "hex")))).toBeUndefined();
    expect(parse("image/png", jpeg)).toBe("data does not start as a image/png file does");
    expect(parse("image/webp", webp.slice(0, 11))).toBe("data does not start as a image/webp file does");
    const big = new Uint8Array(MAX_PICTURE_BYTES + 1);
    big.set(jpeg);
    expect(parse("image/jpeg", big.slice(0, MAX_PICTURE_BYTES))).toBeUndefined();
    expect(parse("image/jpeg", big)).toBe("data must hold 1 to 65536 bytes");
    expect(parse("image/jpeg", new Uint8Array(0))).toBe("data must hold 1 to 65536 bytes");
    expect(problem(parseProfilePictureBody({ member, type: "image/jpeg", data: "x".repeat(87_383) }))).toBe("data must hold 1 to 65536 bytes");
    expect(problem(parseProfilePictureBody({ member, type: "image/jpeg", data: "/9j/" }))).toBe("data is not unpadded base64url");
    expect(problem(parseProfilePictureBody({ member, type: "image/gif", data: "R0lG" }))).toBe("type is not one of image/jpeg, image/png, image/webp");
  });
});
