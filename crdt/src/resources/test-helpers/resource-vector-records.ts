/**
 * The records of the resources vector (crdt/vectors/resources/library.json) and what they give, as
 * plain JSON. Built on chat's scenario (Riverside above North; bob and carol in North, dave in
 * Riverside, erin no member): one case per rule of RS4 and RS5.1, then edits, a hide and removals
 * (RS7–RS9).
 */
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { CausalRosters } from "../../proposals/causal-rosters.js";
import type { ParsedRecord } from "../../records/record.js";
import type { ChapterId, DocumentUrl } from "../../records/ids.js";
import { resourceDraft, resourceEditDraft, resourceHideDraft, resourceRemoveDraft } from "../resource-records.js";
import { judgeResources } from "../judge-resources.js";
import { chapterLibrary } from "../read-library.js";

/** FIPS 180-2's "abc" as a text file (attachment.json). */
const ABC = { document: "automerge:4NMNnkMhcRFKbVYkGcbmYBXhNAxs" as DocumentUrl, name: "abc.txt", type: "text/plain", size: 3, hash: "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0" } as const;

/** The vector's records, each with a note naming what it shows. */
export async function resourceVectorRecords(s: ChatScenario): Promise<{ note: string; record: ParsedRecord }[]> {
  const base = { chapter: s.north, description: "", folder: "", tags: [] as string[], link: null, file: null };
  const guide = { ...base, title: "Tenants' guide", folder: "Housing/Guides", tags: ["housing", "rights"], link: "https://example.org/guide" };
  const sign = async (note: string, who: Parameters<ChatScenario["sign"]>[0], draft: Parameters<ChatScenario["sign"]>[1], offset: number) => ({ note, record: await s.sign(who, draft, offset) });
  const carols = await sign("[RS1] carol files a link under Housing/Guides with two tags", "carol", resourceDraft(guide, [s.grants.carol]), 10);
  const abc = { ...base, title: "abc", folder: "Housing", tags: ["housing"], file: ABC };
  const bobs = await sign("[RS1.4] bob attaches a text file, tagged housing", "bob", resourceDraft(abc, [s.grants.bob]), 11);
  const { chapter: _chapter, ...abcFields } = abc;
  const { chapter: _north, ...guideFields } = guide;
  return [
    carols,
    bobs,
    await sign("[RS4.2] dave, a member of Riverside above North, is not a member of North", "dave", resourceDraft(guide, [s.grants.dave]), 12),
    await sign("[RS4.2] erin is no member", "erin", resourceDraft(guide, []), 13),
    await sign("[RS4.1] a resource naming Riverside, held in North's document", "carol", resourceDraft({ ...guide, chapter: s.root }, [s.grants.carol]), 14),
    await sign("[RS1] a resource with both a link and a file", "carol", resourceDraft({ ...guide, file: ABC }, [s.grants.carol]), 15),
    await sign("[RS7.2] bob, its author, retitles his file", "bob", resourceEditDraft({ ...abcFields, resource: bobs.record.id, title: "abc, the first three letters" }, [s.grants.bob, bobs.record.id]), 16),
    await sign("[RS7.2] alice, a member but neither author nor moderator, edits carol's link", "alice", resourceEditDraft({ ...guideFields, resource: carols.record.id, title: "Mine" }, [s.grants.aliceNorth, carols.record.id]), 17),
    await sign("[RS9] carol, a moderator of North, hides bob's file with a reason", "carol", resourceHideDraft({ scope: s.north, target: bobs.record.id, reason: "Not about housing", hidden: true }, [s.moderator, s.grants.carol]), 18),
    await sign("[RS8.2] bob removes carol's link: only its author may", "bob", resourceRemoveDraft({ resource: carols.record.id }, [s.grants.bob]), 19),
    await sign("[RS8] carol removes her link", "carol", resourceRemoveDraft({ resource: carols.record.id }, [s.grants.carol]), 20),
  ];
}

/** What the vector's records give in North: each resource's verdict, and the library. */
export function resourceVectorExpectations(governance: readonly ParsedRecord[], records: readonly ParsedRecord[], north: ChapterId) {
  const rosters = new CausalRosters(new Map([...governance, ...records].map((record) => [record.id, record])));
  const judged = judgeResources(north, records, rosters);
  const library = chapterLibrary(judged.resources);
  return {
    verdicts: Object.fromEntries([...judged.verdicts].map(([id, verdict]) => [id, verdict])),
    library: {
      resources: library.resources.map((resource) => ({ id: resource.id, title: resource.title, hidden: resource.hidden?.reason ?? null, versions: resource.history.length })),
      removed: library.removed.map((resource) => resource.id),
      folders: library.folders,
      tags: library.tags,
    },
  };
}
