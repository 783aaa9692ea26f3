/** A judged proposal for component tests: two versions, an amendment accepted and one proposed, a comment with a reply. */
import type { ChapterId, DocumentUrl, MemberKey, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import type { ProposalDetail } from "@chapterhouse/crdt/proposals";

const id = (n: number) => `${String(n).padStart(2, "0")}${"A".repeat(41)}` as RecordId;
export const alice = `alice${"a".repeat(38)}` as MemberKey;
export const bob = `bob${"b".repeat(40)}` as MemberKey;
export const ids = { v1: id(1), v2: id(2), accepted: id(3), proposed: id(4), question: id(5), answer: id(6) };

export const detail: ProposalDetail = {
  id: id(0) as ProposalId,
  document: "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl,
  chapter: id(9) as ChapterId,
  title: "Repaint the stairwell",
  author: alice,
  at: 1_764_000_000_000,
  stage: "deliberation",
  versions: [
    {
      id: ids.v1,
      n: 1,
      text: "We repaint.",
      options: [],
      accepts: [],
      textHash: "h1",
      signer: alice,
      at: 1_764_000_100_000,
    },
    {
      id: ids.v2,
      n: 2,
      text: "We repaint in green.",
      options: [],
      accepts: [ids.accepted],
      textHash: "h2",
      signer: alice,
      at: 1_764_000_300_000,
    },
  ],
  comments: [
    {
      id: ids.question,
      version: ids.v1,
      text: "Which colour?",
      replyTo: null,
      signer: bob,
      at: 1_764_000_150_000,
    },
    {
      id: ids.answer,
      version: ids.v1,
      text: "Green.",
      replyTo: ids.question,
      signer: alice,
      at: 1_764_000_160_000,
    },
  ],
  amendments: [
    {
      id: ids.accepted,
      version: ids.v1,
      change: { type: "text", text: "We repaint in green." },
      reason: "Say the colour.",
      signer: bob,
      at: 1_764_000_200_000,
      state: "accepted",
      acceptedIn: ids.v2,
      rejection: null,
    },
    {
      id: ids.proposed,
      version: ids.v2,
      change: { type: "option", option: { id: "blue", label: "Blue" } },
      reason: "",
      signer: bob,
      at: 1_764_000_400_000,
      state: "proposed",
      acceptedIn: null,
      rejection: null,
    },
  ],
  refused: [],
  vote: null,
};
