import { judgeAid } from "@chapterhouse/crdt/aid";
import { CausalRosters } from "@chapterhouse/crdt/proposals";
import { isParsed, parseRecord, type ParsedRecord, type RecordId } from "@chapterhouse/crdt/records";
import { afterEach, describe, expect, it } from "vitest";
import { memberDevice, type MemberDevice } from "../../../test/helpers/member-device.js";
import { heldRecords } from "../../../test/helpers/held-records.js";
import { refusal } from "../../../test/helpers/refusal.js";
import { startOrganisation } from "../organisation/start-organisation.js";
import { AidProblem, postAid } from "./aid-actions.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A device with a new identity, offline: posting signs and writes locally. */
async function device(name: string): Promise<MemberDevice> {
  const made = memberDevice(name);
  cleanups.push(() => made.close());
  const result = await made.identity.create({ name, passphrase: `${name}'s passphrase` });
  if (result.type !== "created") throw new Error(result.problem);
  return made;
}

describe("posting mutual aid in the app (PROTOCOL.md AID2)", () => {
  it("[AID2.3] a point picked to the metre is signed snapped to hundredths of a degree: the signed record carries no finer place, and it is valid", async () => {
    const alice = await device("alice");
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Riverside Tenants", place: null, admission: { sponsors: 1, countersign: false }, relays: [] });
    const session = space.organisation(organisation);
    const fields = { chapter, for: "chapter", category: "transport", what: "A van on Saturdays", when: "" } as const;
    // Trafalgar Square to seven decimals (about a centimetre).
    const id = await postAid(space, session, "aid-offer", fields, { name: "Trafalgar Square", point: { lat: 51.5080391, lon: -0.1280689 } });

    const view = await session.refresh();
    const document = view.roster.chapters.get(chapter)!.document;
    const aid = (space.documents.handle(document)!.doc() as { aid: Record<string, { val: string } | string> }).aid;
    const texts = Object.values(aid).map((value) => (typeof value === "string" ? value : value.val));
    const records = texts.map((text) => parseRecord(text)).filter(isParsed);
    expect(records.map((record) => record.id)).toEqual([id]);
    expect(records[0]!.envelope.body).toMatchObject({ place: { name: "Trafalgar Square", lat: 5151, lon: -13 } });
    // Nothing finer than the hundredths is anywhere in the signed text.
    for (const digits of ["5150", "51508", "1280", "12806"]) expect(texts[0]).not.toContain(digits);

    const held = new Map<RecordId, ParsedRecord>([...heldRecords(space, view), ...records].map((record) => [record.id, record]));
    expect(judgeAid({ chapter, rosters: new CausalRosters(held) }, records).posts.map((post) => post.status)).toEqual(["valid"]);
  });

  it("[AID2.3] a point off the globe is refused before anything is signed, with a clear error (bad-point)", async () => {
    const alice = await device("alice");
    const space = alice.space();
    const { organisation, chapter } = await startOrganisation(space, { name: "Riverside Tenants", place: null, admission: { sponsors: 1, countersign: false }, relays: [] });
    const session = space.organisation(organisation);
    const fields = { chapter, for: "chapter", category: "food", what: "Soup", when: "" } as const;
    expect((await refusal(postAid(space, session, "aid-offer", fields, { name: "Nowhere", point: { lat: 91, lon: 0 } }), AidProblem)).code).toBe("bad-point");
    const document = (await session.refresh()).roster.chapters.get(chapter)!.document;
    expect(Object.keys((space.documents.handle(document)!.doc() as { aid?: object }).aid ?? {})).toEqual([]);
  });
});
