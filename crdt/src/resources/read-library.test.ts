import { beforeAll, describe, expect, it } from "vitest";
import { chatScenario, type ChatScenario } from "../chat/test-helpers/chat-scenario.js";
import { scenarioOrganisation } from "../chat/test-helpers/scenario-organisation.js";
import { parseRecord } from "../records/record.js";
import { createVerifier } from "../verify/create-verifier.js";
import { VerifiedCache } from "../verify/verified-cache.js";
import type { Verifier } from "../verify/verifier.js";
import { resourceDraft } from "./resource-records.js";
import { readLibrary } from "./read-library.js";

let s: ChatScenario;
let verifier: Verifier;
beforeAll(async () => {
  s = await chatScenario();
  verifier = await createVerifier();
});

const link = (title: string) => ({ chapter: s.north, title, description: "", folder: "Guides", tags: ["rent"], link: "https://example.org/guide", file: null });

describe("reading a chapter's library from its document (RS5)", () => {
  it("[RS5.2] a forged resource record is not listed and is counted as one that could not be verified", async () => {
    const genuine = await s.sign("carol", resourceDraft(link("Tenants' guide"), [s.grants.carol]), 10);
    // Someone changes the link of bob's resource without his key: the text no longer matches its signature.
    const bobs = await s.sign("bob", resourceDraft(link("Rent strike handbook"), [s.grants.bob]), 11);
    const forged = parseRecord(bobs.text.replace("https://example.org/guide", "https://evil.example/guide"));
    if (!("envelope" in forged)) throw new Error("the forged text should still parse");
    const read = await readLibrary(scenarioOrganisation(s, "resources", [], [genuine, forged]), s.north, verifier, new VerifiedCache());
    expect(read.resources.map((resource) => resource.title)).toEqual(["Tenants' guide"]);
    expect(read.refused).toBe(1);
  });

  it("[RS4.2] a resource by someone who is not a member of the chapter is refused; the chapter above's document is read apart", async () => {
    const erin = await s.sign("erin", resourceDraft(link("Spam"), []), 10);
    const dave = await s.sign("dave", resourceDraft({ ...link("Riverside map"), chapter: s.root }, [s.grants.dave]), 11);
    const organisation = scenarioOrganisation(s, "resources", [dave], [erin]);
    const north = await readLibrary(organisation, s.north, verifier, new VerifiedCache());
    expect([north.resources.length, north.refused]).toEqual([0, 1]);
    const root = await readLibrary(organisation, s.root, verifier, new VerifiedCache());
    expect(root.resources.map((resource) => [resource.title, resource.folder, resource.tags])).toEqual([["Riverside map", "Guides", ["rent"]]]);
  });
});
