import { describe, expect, it } from "vitest";
import { BALLOT_BOX_DOCUMENT } from "../documents/ballot-box.js";
import { CHAPTER_DOCUMENT } from "../documents/chapter.js";
import { CONVERSATION_DOCUMENT } from "../documents/conversation.js";
import { mapOfKind, type DocumentType } from "../documents/document-type.js";
import { HOME_DOCUMENT } from "../documents/home.js";
import { ORGANISATION_DOCUMENT } from "../documents/organisation.js";
import { PROFILE_DOCUMENT } from "../documents/profile.js";
import { PROPOSAL_DOCUMENT } from "../documents/proposal.js";
import { THREAD_DOCUMENT } from "../documents/thread.js";
import { CHAPTER_KINDS, ORGANISATION_KINDS } from "../membership/kinds.js";
import { PROPOSAL_KINDS } from "../proposals/proposal-bodies.js";
import { VOTE_KINDS } from "../votes/vote-bodies.js";
import { SIGNABLE_KINDS, isSignableKind } from "./desktop-api.js";

/** Every document type of PROTOCOL.md D4. */
const DOCUMENT_TYPES: readonly DocumentType[] = [
  ORGANISATION_DOCUMENT,
  CHAPTER_DOCUMENT,
  PROPOSAL_DOCUMENT,
  BALLOT_BOX_DOCUMENT,
  HOME_DOCUMENT,
  THREAD_DOCUMENT,
  PROFILE_DOCUMENT,
  CONVERSATION_DOCUMENT,
];

/** Kinds some document holds that the member's own key never signs, and why. */
const NOT_SIGNED_BY_THE_MEMBER: ReadonlyMap<string, string> = new Map([
  ["redeem", "signed by the invite's token key (M7.2)"],
]);

const heldKinds = (): Set<string> =>
  new Set(DOCUMENT_TYPES.flatMap((type) => Object.values<readonly string[]>(type.maps).flat()));

describe("the kinds the desktop signs", () => {
  it("[E7.1] every signable kind is a kind some document type holds", () => {
    const homeless = SIGNABLE_KINDS.filter(
      (kind) => !DOCUMENT_TYPES.some((type) => mapOfKind(type, kind) !== undefined),
    );
    expect(homeless).toEqual([]);
  });

  it("[E7.1] every kind a document holds is signable, unless another key signs it", () => {
    const unsignable = [...heldKinds()].filter((kind) => !isSignableKind(kind));
    expect(unsignable.sort()).toEqual([...NOT_SIGNED_BY_THE_MEMBER.keys()].sort());
    for (const kind of NOT_SIGNED_BY_THE_MEMBER.keys()) expect(heldKinds().has(kind)).toBe(true);
  });

  it("[E7.1] the membership, proposal and vote kinds a member signs are all signable", () => {
    const kinds = [...ORGANISATION_KINDS, ...CHAPTER_KINDS, ...PROPOSAL_KINDS, ...VOTE_KINDS];
    const missing = kinds.filter((kind) => !isSignableKind(kind) && !NOT_SIGNED_BY_THE_MEMBER.has(kind));
    expect(missing).toEqual([]);
    expect(isSignableKind("redeem")).toBe(false);
  });

  it("[E7.1] the list holds each kind once, and nothing but its kinds passes the guard", () => {
    expect(new Set(SIGNABLE_KINDS).size).toBe(SIGNABLE_KINDS.length);
    expect(Object.isFrozen(SIGNABLE_KINDS)).toBe(true);
    for (const other of [
      "",
      "Ballot",
      "ballot ",
      "policy",
      "__proto__",
      "toString",
      1,
      null,
      undefined,
      ["ballot"],
    ])
      expect(isSignableKind(other)).toBe(false);
    for (const kind of SIGNABLE_KINDS) expect(isSignableKind(kind)).toBe(true);
  });
});
