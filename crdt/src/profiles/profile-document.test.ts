import * as A from "@automerge/automerge";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument } from "../chokepoint/read-document.js";
import { PROFILE_DOCUMENT, createProfileDoc, type ProfileDoc } from "../documents/profile.js";
import type { MemberKey } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { PROFILE_GENESIS_ACTOR, profileDocumentId, profileDocumentUrl, profileGenesis } from "./profile-document.js";
import { profileDocumentAuthorise } from "./profile-document-authorise.js";
import { profilePictureOf } from "./profile-picture-of.js";
import { readProfiles } from "./read-profiles.js";
import { heldIn, records, vector, vectorRoster } from "../../test/helpers/profiles-vector.js";

interface ProfileDocuments {
  readonly cases: readonly { readonly rfc8032: string; readonly key: MemberKey; readonly id: string; readonly url: string }[];
  readonly genesis: { readonly actor: string; readonly bytes: string; readonly hash: string; readonly heads: readonly string[]; readonly document: unknown };
}
const documents = JSON.parse(readFileSync(new URL("../../vectors/profiles/profile-documents.json", import.meta.url), "utf8")) as ProfileDocuments;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const alice = vector.keys["alice"]!;
const byId = (id: string) => records.find((r) => r.id === id)!;

/** A device's copy of a Profile document started from the genesis (PF4.4), with `records` added by its own actor. */
function deviceCopy(actor: string, add: readonly ParsedRecord[], start: () => A.Doc<ProfileDoc> = () => A.load<ProfileDoc>(profileGenesis(), { actor })): A.Doc<ProfileDoc> {
  return A.change(start(), (d) => {
    for (const record of add) (record.envelope.kind === "profile" ? d.profile : d.pictures)[record.id] = new A.ImmutableString(record.text);
  });
}

describe("the Profile document", () => {
  it("[PF4.1] [PF4.2] the RFC 8032 keys' Profile document ids and URLs are the vector's", () => {
    expect(documents.cases).toHaveLength(5);
    for (const { rfc8032, key, id, url } of documents.cases) {
      expect(hex(profileDocumentId(key)), rfc8032).toBe(id);
      expect(profileDocumentUrl(key), rfc8032).toBe(url);
    }
    expect(() => profileDocumentUrl("not a key" as MemberKey)).toThrow(TypeError);
  });

  it("[PF4.3] the genesis is the vector's bytes: one change by the fixed actor, with no time, making an empty Profile document", () => {
    const bytes = profileGenesis();
    expect(hex(bytes)).toBe(documents.genesis.bytes);
    expect(hex(profileGenesis())).toBe(hex(bytes));
    const doc = A.load<ProfileDoc>(bytes);
    expect(A.getHeads(doc)).toEqual([documents.genesis.hash]);
    const [change] = A.getAllChanges(doc).map((c) => A.decodeChange(c));
    expect(change).toMatchObject({ actor: PROFILE_GENESIS_ACTOR, seq: 1, startOp: 1, time: 0, message: "create profile", deps: [] });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(documents.genesis.document);
    expect(doc).toEqual({ schema: PROFILE_DOCUMENT.schema, profile: {}, pictures: {}, unsigned: {} });
  });

  it("[PF4.4] two devices that each start alice's Profile document offline from the genesis merge into one: both devices' records in one map, read alike", async () => {
    const accepted = vector.expected.profileDocument.accepted.map(byId);
    const [first, second] = accepted.filter((r) => r.envelope.kind === "profile") as [ParsedRecord, ParsedRecord];
    const picture = accepted.find((r) => r.envelope.kind === "profile-picture")!;
    const phone = deviceCopy("aaaa", [first]);
    const laptop = deviceCopy("bbbb", [second, picture]);
    const verifier = await createVerifier();
    const read = async (doc: A.Doc<ProfileDoc>) => (await readDocument(PROFILE_DOCUMENT, doc, verifier, { authorise: profileDocumentAuthorise(alice) })).records.map((r) => r.id);
    for (const merged of [A.merge(A.clone(phone), laptop), A.merge(A.clone(laptop), phone)]) {
      expect(A.getConflicts(merged, "profile")).toBeUndefined();
      expect(await read(merged)).toEqual(vector.expected.profileDocument.accepted);
    }
    // What the shared genesis prevents: two documents started apart each make their own `profile`
    // map, and after merging one of them hides the other device's records.
    const apart = A.merge(A.clone(deviceCopy("aaaa", [first], () => createProfileDoc({ actor: "aaaa" }))), deviceCopy("bbbb", [second], () => createProfileDoc({ actor: "bbbb" })));
    expect(Object.keys(A.getConflicts(apart, "profile") ?? {})).toHaveLength(2);
    expect(Object.keys(apart.profile)).toHaveLength(1);
  });

  it("[PF3.1] the known-answer vector: alice's Profile document counts only her own profiles and pictures, refusing the others and saying why", async () => {
    const doc = deviceCopy("cccc", heldIn("profile:alice"));
    const read = await readDocument(PROFILE_DOCUMENT, doc, await createVerifier(), { authorise: profileDocumentAuthorise(alice) });
    expect(read.records.map((r) => r.id)).toEqual(vector.expected.profileDocument.accepted);
    const why = Object.fromEntries(read.rejections.map((r) => [vector.records.find((v) => v.id === r.id)!.note.split(":")[0], r.detail]));
    expect(why).toEqual({
      forged: expect.stringMatching(/^\[PF3\.1\] forged: signed by .+, not by the member it names$/),
      "valid, but mallory is no member": `[PF3.1] about ${vector.keys["mallory"]}, not this Profile document's owner`,
      malformed: "[PF3.1] malformed profile-picture: data does not start as a image/jpeg file does",
    });
    expect(read.rejections).toHaveLength(4);
    expect(read.rejections.every((r) => r.reason === "unauthorised")).toBe(true);
  });

  it("[PF5.4] alice's current profile finds her picture by its hash, type and size; a forged or mistyped picture record is never it", () => {
    const current = readProfiles(records, vectorRoster()).members.get(alice)!.current!;
    const picture = profilePictureOf(heldIn("profile:alice"), current);
    expect(picture).toEqual({ type: "image/png", bytes: Uint8Array.from(Buffer.from(vector.picture.hex, "hex")) });
    // Only mallory's forgery and the mistyped record left: no picture.
    const others = heldIn("profile:alice").filter((r) => r.id !== vector.expected.picture.record);
    expect(profilePictureOf(others, current)).toBeUndefined();
    expect(profilePictureOf(heldIn("profile:alice"), { ...current, picture: { ...current.picture!, size: current.picture!.size + 1 } })).toBeUndefined();
    expect(profilePictureOf(heldIn("profile:alice"), { ...current, picture: null })).toBeUndefined();
  });
});
