import { toBase64url } from "@chapterhouse/crdt/encoding";
import { signDraft, type RecordDraft } from "@chapterhouse/crdt/kinds";
import { judgeProfile, pictureRefOf, readProfiles } from "@chapterhouse/crdt/profiles";
import type { ChapterId, DocumentUrl, ParsedRecord } from "@chapterhouse/crdt/records";
import { naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import type { OrganisationView } from "../organisation/index.js";
import { documentOf, rosterOf } from "./test-helpers/roster-of.js";
import { ProfilePublisher } from "./profile-publisher.js";

const signer = naclSignerFromSeed(new Uint8Array(32).fill(5));
const boxKey = toBase64url(new Uint8Array(32).fill(9));
const chapter = (letter: string) => `${letter.repeat(42)}A` as ChapterId;
const [a1, a2, b1] = [chapter("a"), chapter("b"), chapter("c")];
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** An organisation read whose roster has `chapters` with the member in each, holding `held` profile records in every Chapter document. */
function viewOf(url: string, chapters: readonly ChapterId[], held: readonly ParsedRecord[]): OrganisationView {
  const roster = rosterOf(Object.fromEntries(chapters.map((c) => [c, [signer.publicKey]])));
  const profiles = readProfiles(held, roster);
  const copies = new Map(chapters.map((c) => [c, new Set(held.map((r) => r.id))]));
  return { url: url as DocumentUrl, state: "ready", root: chapters[0], roster, fold: undefined, waiting: 0, unfolded: [], names: profiles.labels, profiles, profileCopies: copies, revision: 1 };
}

/** A publisher over fake documents: what it writes, by document and map. */
function publisherOver(views: () => readonly OrganisationView[], closed: Set<string> = new Set()) {
  const writes: { url: string; map: string; record: ParsedRecord }[] = [];
  let signed = 0;
  const documents = {
    query: () => ({ retain: () => () => undefined, refresh: () => Promise.resolve() }),
    handle: (url: DocumentUrl) => (closed.has(url) ? undefined : {}),
    write: (url: DocumentUrl, map: string, records: readonly ParsedRecord[]) => {
      for (const record of records) writes.push({ url, map, record });
      return Promise.resolve();
    },
  } as unknown as DocumentLayer;
  const publisher = new ProfilePublisher({
    member: { key: signer.publicKey, name: "Ana", boxKey },
    organisations: views,
    sign: (draft: RecordDraft) => signDraft(signer, draft, ++signed),
    documents,
    repo: {} as never,
    onError: (error) => {
      throw error;
    },
  });
  return { publisher, writes, signs: () => signed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the member's profile, signed and copied", () => {
  it("[PF3.3] a member in two organisations signs one first profile, not one per organisation, and it reaches every chapter of theirs", async () => {
    const views = [viewOf("automerge:A", [a1, a2], []), viewOf("automerge:B", [b1], [])];
    const { publisher, writes, signs } = publisherOver(() => views);
    publisher.publish(views[0]!);
    publisher.publish(views[1]!);
    await settle();
    expect(signs()).toBe(1);
    const copies = writes.filter((w) => w.map === "profiles");
    expect(copies.map((w) => w.url).sort()).toEqual([documentOf(a1), documentOf(a2), documentOf(b1)].sort());
    expect(new Set(copies.map((w) => w.record.id)).size).toBe(1);
    // Published again on the next change: each copy is put once.
    publisher.publish(views[0]!);
    await settle();
    expect(writes.filter((w) => w.map === "profiles")).toHaveLength(3);
  });

  it("[PF3.3] a chapter whose document this device does not have open is left until it is, never written to (which would fail) and never skipped for good", async () => {
    const views = [viewOf("automerge:A", [a1, a2], [])];
    const closed = new Set<string>([documentOf(a2)]);
    const { publisher, writes } = publisherOver(() => views, closed);
    publisher.publish(views[0]!);
    await settle();
    expect(writes.filter((w) => w.map === "profiles").map((w) => w.url)).toEqual([documentOf(a1)]);
    closed.clear();
    publisher.publish(views[0]!);
    await settle();
    expect(writes.filter((w) => w.map === "profiles").map((w) => w.url).sort()).toEqual([documentOf(a1), documentOf(a2)].sort());
  });

  it("[PF5.5] saving signs the next profile (seq one above the newest, citing it) into the Profile document and every chapter; saving it again signs nothing", async () => {
    const first = await signDraft(signer, { kind: "profile", body: { member: signer.publicKey, seq: 4, name: "Ana", bio: "", box: boxKey, picture: null }, deps: [] }, 1);
    const views = [viewOf("automerge:A", [a1], [first]), viewOf("automerge:B", [b1], [first])];
    const { publisher, writes } = publisherOver(() => views);
    const record = (await publisher.save({ name: "Ana Lima", bio: "Tenant organiser.\nOld Quay.", picture: null }))!;
    const verdict = judgeProfile(record);
    expect(verdict.ok && verdict.body).toMatchObject({ seq: 5, name: "Ana Lima", bio: "Tenant organiser.\nOld Quay.", box: boxKey, picture: null });
    expect(record.envelope.deps).toEqual([first.id]);
    expect(writes.map((w) => [w.map, w.record.id])).toEqual([
      ["profile", record.id],
      ["profiles", record.id],
      ["profiles", record.id],
    ]);
    // Until read back, the newest is the one signed here: the same change is not signed again.
    expect(await publisher.save({ name: "Ana Lima", bio: "Tenant organiser.\nOld Quay.", picture: null })).toBeUndefined();
    expect(writes).toHaveLength(3);
  });

  it("[PF3.3] a new picture is signed into the Profile document only, before the profile that names it", async () => {
    const views = [viewOf("automerge:A", [a1], [])];
    const { publisher, writes } = publisherOver(() => views);
    const record = (await publisher.save({ name: "Ana", bio: "", picture: { type: "image/jpeg", bytes: JPEG } }))!;
    expect(writes.map((w) => w.map)).toEqual(["pictures", "profile", "profiles"]);
    const verdict = judgeProfile(record);
    expect(verdict.ok && verdict.body.picture).toEqual(pictureRefOf("image/jpeg", JPEG));
    expect(writes[0]!.record.envelope.kind).toBe("profile-picture");
  });
});
