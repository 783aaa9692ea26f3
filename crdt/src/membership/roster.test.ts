import { describe, expect, it } from "vitest";
import { rosterToCanonical } from "./roster.js";
import { admit, invite, sponsor } from "./test-helpers/records.js";
import { fold, foundRoot } from "./test-helpers/scenario.js";
import { naclSigner } from "./test-helpers/signers.js";

const alice = naclSigner("alice");
const bob = naclSigner("bob");
const token = naclSigner("invite token");

describe("the canonical roster", () => {
  it("[M12.1] serialises chapters, members, roles and invites in canonical JSON, whatever the record order", async () => {
    const root = await foundRoot([alice]);
    const byAlice = await sponsor(alice, root.chapter, bob.publicKey, [root.genesis.id]);
    const bobIn = await admit(bob, root.chapter, { sponsors: [byAlice.id] });
    const inv = await invite(alice, root.chapter, { token: token.publicKey, maxUses: 2, expires: 9_000 }, [
      root.facilitator.id,
    ]);
    const records = [...root.records, byAlice, bobIn, inv];
    const text = rosterToCanonical(fold(records).roster);
    expect(rosterToCanonical(fold([...records].reverse()).roster)).toBe(text);
    const members = [
      { founder: true, grant: root.genesis.id, key: alice.publicKey },
      { founder: false, grant: bobIn.id, key: bob.publicKey },
    ].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(JSON.parse(text)).toEqual({
      chapters: [
        {
          admission: { countersign: false, sponsors: 1 },
          document: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu",
          founders: [alice.publicKey],
          id: root.chapter,
          invites: [
            { closed: false, expires: 9_000, id: inv.id, maxUses: 2, token: token.publicKey, uses: 0 },
          ],
          level: "international",
          members,
          name: "Test chapter",
          parent: null,
          place: { lat: 51_507_400, lon: -127_800 },
          roles: [{ grant: root.facilitator.id, key: alice.publicKey, role: "facilitator" }],
        },
      ],
      v: 1,
    });
    expect(text.startsWith('{"chapters":[{"admission":{"countersign":false,"sponsors":1},"document":')).toBe(
      true,
    );
  });
});
