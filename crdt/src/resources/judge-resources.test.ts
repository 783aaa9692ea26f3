import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { scenarioOrganisation } from "../chat/test-helpers/scenario-organisation.js";
import { CausalRosters } from "../proposals/causal-rosters.js";
import type { RecordId } from "../records/ids.js";
import type { ParsedRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import { judgeResources } from "./judge-resources.js";
import { chapterLibrary, readLibrary } from "./read-library.js";
import { parseResourceChangeBody } from "./resource-change-bodies.js";
import { resourceDraft, resourceEditDraft, resourceHideDraft, resourceRemoveDraft } from "./resource-records.js";

let s: ChatScenario;
let guide: ParsedRecord;
beforeAll(async () => {
  s = await chatScenario();
  guide = await s.sign("bob", resourceDraft({ chapter: s.north, title: "Tenants' guide", description: "", folder: "Guides", tags: ["rent"], link: "https://example.org/guide", file: null }, [s.grants.bob]), 10);
});

const judge = (records: readonly ParsedRecord[]) => judgeResources(s.north, records, new CausalRosters(new Map([...s.governance, ...records].map((record) => [record.id, record]))));
const fields = { title: "Tenants' guide", description: "", folder: "Guides", tags: ["rent"], link: "https://example.org/guide", file: null };
const edit = (who: "bob" | "carol", change: Partial<typeof fields>, deps: readonly RecordId[], offset: number) =>
  s.sign(who, resourceEditDraft({ resource: guide.id, ...fields, ...change }, deps), offset);

describe("editing, removing and hiding a resource (RS7–RS9)", () => {
  it("[RS7.2] the author's edit is the resource as it stands, its first version kept in the history; a member who is neither author nor moderator edits nothing", async () => {
    const bobs = await edit("bob", { title: "Tenants' guide, 2nd edition", tags: ["rights", "rent"] }, [s.grants.bob, guide.id], 20);
    const alices = await s.sign("alice", resourceEditDraft({ resource: guide.id, ...fields, title: "Mine now" }, [s.grants.aliceNorth, bobs.id]), 21);
    const judged = judge([guide, bobs, alices]);
    expect(judged.verdicts.get(bobs.id)?.status).toBe("valid");
    expect(judged.verdicts.get(alices.id)).toEqual({ status: "ineligible-signer", detail: "[RS7.2] only the resource's author, a member of the chapter or below it, or a moderator of the chapter edits a resource" });
    const [resource] = judged.resources;
    expect([resource!.title, resource!.tags, resource!.author]).toEqual(["Tenants' guide, 2nd edition", ["rent", "rights"], s.key("bob")]);
    expect(resource!.history.map((version) => [version.title, version.by])).toEqual([
      ["Tenants' guide", s.key("bob")],
      ["Tenants' guide, 2nd edition", s.key("bob")],
    ]);
  });

  it("[RS7.2] a moderator of the chapter may edit another member's resource, and the history names the moderator", async () => {
    const carols = await edit("carol", { folder: "Housing/Guides" }, [s.moderator, s.grants.carol, guide.id], 20);
    const judged = judge([guide, carols]);
    expect(judged.verdicts.get(carols.id)?.status).toBe("valid");
    expect(judged.resources[0]!.folder).toBe("Housing/Guides");
    expect(judged.resources[0]!.history.at(-1)?.by).toBe(s.key("carol"));
  });

  it("[RS7.3] two concurrent edits settle on the later on every device, whatever the order; an edit citing both replaces them", async () => {
    const first = await edit("bob", { title: "Guide A" }, [s.grants.bob, guide.id], 20);
    const second = await edit("carol", { title: "Guide B" }, [s.moderator, s.grants.carol, guide.id], 21);
    expect(judge([guide, first, second]).resources[0]!.title).toBe("Guide B");
    expect(judge([second, guide, first]).resources[0]!.heads).toEqual([first.id, second.id].sort());
    const merged = await edit("bob", { title: "Guide A and B" }, [s.grants.bob, first.id, second.id], 15);
    expect(judge([guide, first, second, merged]).resources[0]!.title).toBe("Guide A and B");
  });

  it("[RS7.1] an edit that breaks RS1's schema, does not cite its resource, or names no resource of this chapter is refused", async () => {
    expect(parseResourceChangeBody("resource-edit", { resource: guide.id, ...fields, link: null })).toEqual({ ok: false, problem: "[RS7] exactly one of link and file must be null" });
    const uncited = await s.sign("bob", { kind: "resource-edit", body: { resource: guide.id, ...fields }, deps: [s.grants.bob] }, 20);
    const nowhere = await s.sign("bob", resourceEditDraft({ resource: s.moderator, ...fields }, [s.grants.bob]), 21);
    const judged = judge([guide, uncited, nowhere]);
    expect(judged.verdicts.get(uncited.id)).toMatchObject({ status: "malformed", detail: expect.stringMatching(/^\[RS7\.1\]/) });
    expect(judged.verdicts.get(nowhere.id)).toMatchObject({ status: "wrong-context", detail: expect.stringMatching(/^\[RS7\.1\]/) });
  });

  it("[RS8] the author removes a resource: no longer listed, kept with its history among the removed; a moderator's removal is refused", async () => {
    const carols = await s.sign("carol", resourceRemoveDraft({ resource: guide.id }, [s.moderator, s.grants.carol]), 19);
    const bobs = await s.sign("bob", resourceRemoveDraft({ resource: guide.id }, [s.grants.bob]), 20);
    const judged = judge([guide, carols, bobs]);
    expect(judged.verdicts.get(carols.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[RS8\.2\]/) });
    const library = chapterLibrary(judged.resources);
    expect(library.resources).toEqual([]);
    expect(library.folders).toEqual([]);
    expect(library.removed.map((resource) => [resource.id, resource.removed])).toEqual([[guide.id, { id: bobs.id, at: bobs.envelope.at }]]);
  });

  it("[RS9] [CH8.2] a moderator hides a resource with a reason: still listed and kept whole, shown hidden; a member's hide is refused; a later hide shows it again", async () => {
    const hide = await s.sign("carol", resourceHideDraft({ scope: s.north, target: guide.id, reason: "Links to a scam", hidden: true }, [s.moderator, s.grants.carol]), 20);
    const bobs = await s.sign("bob", resourceHideDraft({ scope: s.north, target: guide.id, reason: "Nothing", hidden: false }, [s.grants.bob]), 21);
    const judged = judge([guide, hide, bobs]);
    expect(judged.verdicts.get(bobs.id)).toMatchObject({ status: "ineligible-signer", detail: expect.stringMatching(/^\[RS9\]/) });
    const library = chapterLibrary(judged.resources);
    expect(library.resources.map((resource) => [resource.title, resource.link, resource.hidden])).toEqual([
      ["Tenants' guide", "https://example.org/guide", { id: hide.id, by: s.key("carol"), at: hide.envelope.at, reason: "Links to a scam" }],
    ]);
    const shown = await s.sign("carol", resourceHideDraft({ scope: s.north, target: guide.id, reason: "The link was fixed", hidden: false }, [s.moderator, s.grants.carol]), 22);
    expect(judge([guide, hide, shown]).resources[0]!.hidden).toBeNull();
  });

  it("[RS9] a hide written for another scope, or of no resource of this library, is refused", async () => {
    const wrongScope = await s.sign("carol", resourceHideDraft({ scope: s.root, target: guide.id, reason: "Spam", hidden: true }, [s.moderator, s.grants.carol]), 20);
    const noTarget = await s.sign("carol", resourceHideDraft({ scope: s.north, target: s.moderator, reason: "Spam", hidden: true }, [s.moderator, s.grants.carol]), 21);
    const judged = judge([guide, wrongScope, noTarget]);
    expect(judged.verdicts.get(wrongScope.id)?.status).toBe("wrong-context");
    expect(judged.verdicts.get(noTarget.id)?.status).toBe("missing-deps");
    expect(judged.resources[0]!.hidden).toBeNull();
  });

  it("[RS5.2] read from the chapter's document, a refused edit counts as one that could not be verified and the resource stands as before", async () => {
    const alices = await s.sign("alice", resourceEditDraft({ resource: guide.id, ...fields, title: "Mine now" }, [s.grants.aliceNorth]), 21);
    const read = await readLibrary(scenarioOrganisation(s, "resources", [], [guide, alices]), s.north, await createVerifier(), new VerifiedCache());
    expect([read.resources.map((resource) => resource.title), read.refused]).toEqual([["Tenants' guide"], 1]);
  });
});
