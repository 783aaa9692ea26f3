import { describe, expect, it } from "vitest";
import type { ChapterId, ProposalId, RecordId } from "../records/ids.js";
import { signDraft } from "../kinds/record-draft.js";
import { signerNamed } from "../report/test-helpers/vote-scenario.js";
import { declineDraft, delegateDraft } from "./delegation-records.js";
import { takenDelegations } from "./taken-delegations.js";

const id = (c: string) => `${c.repeat(42)}A` as RecordId;
const city = id("c") as ChapterId;
const root = id("r") as ChapterId;
const sibling = id("s") as ChapterId;
const proposal = id("p") as ProposalId;
const other = id("o") as ProposalId;

describe("takenDelegations", () => {
  it("[DG1.5] [DG2.1] an open takes the delegate records of the scopes that apply to its vote (DG3) and their declines, sorted; other scopes, kinds and bodies are left out", async () => {
    const [ana, ben] = await Promise.all([signerNamed("ana"), signerNamed("ben")]);
    const sign = (draft: Parameters<typeof signDraft>[1]) => signDraft(ana, draft, 1);
    const to = ben.publicKey;
    const applies = await Promise.all([
      sign(delegateDraft({ scope: { proposal }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: city, topic: "budget" }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: city, subchapters: false }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: root, subchapters: true }, to: null, seq: 2 })),
    ]);
    const apart = await Promise.all([
      sign(delegateDraft({ scope: { proposal: other }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: city, topic: "parks" }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: root, subchapters: false }, to, seq: 1 })),
      sign(delegateDraft({ scope: { chapter: sibling, subchapters: true }, to, seq: 1 })),
    ]);
    const declined = await signDraft(ben, declineDraft(applies[2].id), 2);
    const declinedElsewhere = await signDraft(ben, declineDraft(apart[0].id), 2);
    const bad = await sign({ kind: "delegate", body: { scope: { proposal }, to, seq: 0, expires: null }, deps: [proposal] });
    const taken = takenDelegations([...apart, declinedElsewhere, bad, declined, ...applies], { proposal, chapter: city, ancestors: [root], topic: "budget" });
    expect(taken).toEqual([...applies.map((r) => r.id), declined.id].sort());
    const noTopic = takenDelegations(applies, { proposal, chapter: city, ancestors: [root], topic: null });
    expect(noTopic).not.toContain(applies[1].id);
    expect(noTopic).toHaveLength(3);
  });
});
