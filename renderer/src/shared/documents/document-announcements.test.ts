import type { DocumentId, PeerId } from "@automerge/automerge-repo";
import { describe, expect, it } from "vitest";
import { createSharePolicy, DocumentAnnouncements } from "./document-announcements.js";
import { PeerDirectory } from "../data/peer-directory.js";
import type { RelayUrl } from "../data/relay-url.js";

const cityRelay = "wss://city.example/" as RelayUrl;
const otherRelay = "wss://other.example/" as RelayUrl;
const orgDoc = "orgDoc" as DocumentId;
const chapterDoc = "chapterDoc" as DocumentId;

function setup() {
  const directory = new PeerDirectory();
  const announcements = new DocumentAnnouncements();
  directory.addRelayPeer({ relay: cityRelay, peerId: "relay-city" as PeerId, storageId: undefined });
  directory.addRelayPeer({ relay: otherRelay, peerId: "relay-other" as PeerId, storageId: undefined });
  directory.addTab("tab-2" as PeerId);
  return { directory, announcements, policy: createSharePolicy(directory, announcements) };
}

describe("which documents are announced to whom", () => {
  it("announces to a relay only the documents mapped to it", async () => {
    const { announcements, policy } = setup();
    announcements.setDocuments(cityRelay, [orgDoc, chapterDoc]);
    expect(await policy("relay-city" as PeerId, orgDoc)).toBe(true);
    expect(await policy("relay-city" as PeerId, chapterDoc)).toBe(true);
    expect(await policy("relay-other" as PeerId, orgDoc)).toBe(false);
    expect(await policy("relay-city" as PeerId, "elsewhere" as DocumentId)).toBe(false);
  });

  it("announces everything to another tab of the profile and nothing to an unknown peer", async () => {
    const { policy } = setup();
    expect(await policy("tab-2" as PeerId, orgDoc)).toBe(true);
    expect(await policy("stranger" as PeerId, orgDoc)).toBe(false);
  });

  it("stops announcing when a relay's documents are replaced or forgotten, and reports each change", async () => {
    const { announcements, policy } = setup();
    let changes = 0;
    announcements.onChange(() => changes++);
    announcements.addDocuments(cityRelay, [orgDoc]);
    announcements.addDocuments(cityRelay, [chapterDoc]);
    expect(announcements.documentsFor(cityRelay)).toEqual([chapterDoc, orgDoc]);
    announcements.setDocuments(cityRelay, [chapterDoc]);
    expect(await policy("relay-city" as PeerId, orgDoc)).toBe(false);
    announcements.forgetRelay(cityRelay);
    expect(await policy("relay-city" as PeerId, chapterDoc)).toBe(false);
    expect(changes).toBe(4);
  });

  it("forgets a relay peer that disconnected", async () => {
    const { directory, announcements, policy } = setup();
    announcements.setDocuments(cityRelay, [orgDoc]);
    directory.removeRelayPeer("relay-city" as PeerId);
    expect(await policy("relay-city" as PeerId, orgDoc)).toBe(false);
  });

  it("adds up organisation groups per relay, and replaces a group whole", async () => {
    const { announcements, policy } = setup();
    const second = "secondOrgDoc" as DocumentId;
    announcements.setGroup("org-a", new Map([[cityRelay, [orgDoc, chapterDoc]]]));
    announcements.setGroup("org-b", new Map([[cityRelay, [second]], [otherRelay, [second]]]));
    expect(announcements.documentsFor(cityRelay)).toEqual([chapterDoc, orgDoc, second]);
    expect(await policy("relay-other" as PeerId, orgDoc)).toBe(false);
    announcements.setGroup("org-a", new Map([[cityRelay, [orgDoc]]]));
    expect(await policy("relay-city" as PeerId, chapterDoc)).toBe(false);
    announcements.setGroup("org-b", new Map());
    expect(await policy("relay-other" as PeerId, second)).toBe(false);
  });

  it("announces a Home document to every relay, and reports only real changes", async () => {
    const { announcements, policy } = setup();
    const home = "homeDoc" as DocumentId;
    let changes = 0;
    announcements.onChange(() => changes++);
    announcements.setEverywhere("home", [home]);
    announcements.setEverywhere("home", [home]);
    announcements.setGroup("org-a", new Map([[cityRelay, [orgDoc]]]));
    announcements.setGroup("org-a", new Map([[cityRelay, [orgDoc]]]));
    expect(await policy("relay-city" as PeerId, home)).toBe(true);
    expect(await policy("relay-other" as PeerId, home)).toBe(true);
    expect(await policy("stranger" as PeerId, home)).toBe(false);
    expect(changes).toBe(2);
    announcements.setEverywhere("home", []);
    expect(await policy("relay-city" as PeerId, home)).toBe(false);
  });
});
