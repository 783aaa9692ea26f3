import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { BALLOT_BOX_DOCUMENT, createBallotBoxDoc } from "../documents/ballot-box.js";
import { addRecord } from "../documents/record-map.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { acceptAll, readDocument } from "./read-document.js";
import { requireContext } from "./require-context.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";

const open = "B".repeat(43) as RecordId;
const otherOpen = "C".repeat(43) as RecordId;
const chapter = "D".repeat(43) as ChapterId;

describe("context binding", () => {
  it("[D7] a validly signed ballot copied into a box of another vote is refused there", async () => {
    const alice = testSigner(1);
    const here = await signTest(alice, "ballot", { chapter, open, choice: "for" });
    const moved = await signTest(alice, "ballot", { chapter, open: otherOpen, choice: "for" });
    const bare = await signTest(alice, "ballot", "for");
    const doc = A.change(createBallotBoxDoc({ open, chapter, shard: 0 }), (d) => {
      for (const r of [here, moved, bare]) addRecord(d.ballots, r);
    });
    const authorise = requireContext({ ballot: { open, chapter } }, acceptAll);
    const result = await readDocument(BALLOT_BOX_DOCUMENT, doc, naclTestVerifier(), { authorise });
    expect(result.records.map((r) => r.id)).toEqual([here.id]);
    expect(result.verified.ballots).toHaveLength(3);
    const details = Object.fromEntries(result.rejections.map((r) => [r.id, `${r.reason} ${r.detail}`]));
    expect(details[moved.id]).toBe(`unauthorised context: body.open is ${JSON.stringify(otherOpen)}, not ${JSON.stringify(open)}`);
    expect(details[bare.id]).toBe(`unauthorised context: body.open is missing, not ${JSON.stringify(open)}`);
  });

  it("[D7] kinds without context rules go on to the next step untouched", async () => {
    const alice = testSigner(1);
    const record = await signTest(alice, "ballot", { anything: 1 });
    const decision = await requireContext({ open: { proposal: "x" } }, acceptAll)([record]);
    expect(decision.accepted).toEqual([record]);
    expect(decision.rejections).toEqual([]);
  });
});
