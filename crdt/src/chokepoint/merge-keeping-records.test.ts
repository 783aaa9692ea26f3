import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { createBallotBoxDoc, type BallotBoxDoc, type BallotBoxHint } from "../documents/ballot-box.js";
import { addRecord } from "../documents/record-map.js";
import type { ChapterId, RecordId } from "../records/ids.js";
import { recordIdOf } from "../records/record.js";
import { mergeKeepingRecords } from "./merge-keeping-records.js";
import { naclTestVerifier } from "./test-helpers/nacl-test-verifier.js";
import { signTest, testSigner } from "./test-helpers/test-records.js";

const alice = testSigner(1);
const bob = testSigner(2);
const hint: BallotBoxHint = { open: "open" as RecordId, chapter: "chapter" as ChapterId, shard: 0 };

describe("merging in another copy without losing a record", () => {
  it("[B5] records the local copy held and the other copy deleted or overwrote are written back; junk and forgeries are not", async () => {
    const ballot = await signTest(alice, "ballot", { choice: "for" });
    const counted = await signTest(alice, "counted", { ids: [] });
    const forged = (await signTest(bob, "ballot", { choice: "against" })).text.replace("against", "for!");
    const local = A.change(createBallotBoxDoc(hint, { actor: "aaaa" }), (d) => {
      addRecord(d.ballots, ballot);
      addRecord(d.counted, counted);
      d.ballots[recordIdOf(forged)] = new A.ImmutableString(forged);
      d.ballots["junk"] = new A.ImmutableString("not a record");
    });
    const later = await signTest(bob, "ballot", { choice: "against" });
    // The other copy: the same history, then a vandal's deletions and a member's ballot.
    const remote = A.change(A.clone(local, "bbbb"), (d) => {
      delete d.ballots[ballot.id];
      delete d.ballots[recordIdOf(forged)];
      delete d.ballots["junk"];
      d.counted[counted.id] = new A.ImmutableString("overwritten");
      addRecord(d.ballots, later);
    });

    const { doc, repaired } = await mergeKeepingRecords(local, remote, naclTestVerifier());
    expect(repaired).toEqual([ballot.id, counted.id].sort());
    expect(doc.ballots[ballot.id]?.val).toBe(ballot.text);
    expect(doc.counted[counted.id]?.val).toBe(counted.text);
    expect(doc.ballots[later.id]?.val).toBe(later.text);
    expect(Object.keys(doc.ballots).sort()).toEqual([ballot.id, later.id].sort());
    // Neither copy was changed, and the write-back is one change by neither of their actors.
    expect(A.getHeads(local)).not.toEqual(A.getHeads(doc));
    const extra = A.getChanges(A.merge(A.clone(local), remote), doc).map((change) => A.decodeChange(change));
    expect(extra).toHaveLength(1);
    expect(["aaaa", "bbbb"]).not.toContain(extra[0]!.actor);
    expect(extra[0]!.time).toBe(0);
  });

  it("[B5] a merge that loses nothing adds no change", async () => {
    const ballot = await signTest(alice, "ballot", { choice: "for" });
    const local = A.change(createBallotBoxDoc(hint, { actor: "aaaa" }), (d) => addRecord(d.ballots, ballot));
    const remote = A.change(A.clone(local, "bbbb"), (d) => {
      d.unsigned.about = { ...hint, shard: 1 };
    });
    const { doc, repaired } = await mergeKeepingRecords<BallotBoxDoc>(local, remote, naclTestVerifier());
    expect(repaired).toEqual([]);
    expect(A.getHeads(doc)).toEqual(A.getHeads(remote));
  });
});
