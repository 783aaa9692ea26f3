import type { ChapterId, ProposalId, RecordId } from "@chapterhouse/crdt/records";
import { ballotDraft } from "@chapterhouse/crdt/votes";
import type { DesktopRequest, DesktopRequestType } from "@chapterhouse/crdt/desktop";

/** A 32-byte record id in unpadded base64url. */
export const SAMPLE_RECORD_ID = ("A".repeat(42) + "E") as RecordId;

/** A well-formed ballot (PROTOCOL.md V4), as its builder makes it. */
export const SAMPLE_BALLOT = ballotDraft(
  {
    chapter: SAMPLE_RECORD_ID as ChapterId,
    proposal: SAMPLE_RECORD_ID as ProposalId,
    open: SAMPLE_RECORD_ID,
    textHash: SAMPLE_RECORD_ID,
    choice: ["a", "b"],
    seq: 1,
  },
  [SAMPLE_RECORD_ID],
);

/** One well-formed request of every type. */
export const SAMPLE_REQUESTS: { readonly [T in DesktopRequestType]: Extract<DesktopRequest, { type: T }> } = {
  "vault-status": { type: "vault-status" },
  "create-vault": {
    type: "create-vault",
    options: { name: "Alice", passphrase: "correct horse battery staple" },
  },
  "unlock-vault": { type: "unlock-vault", passphrase: "correct horse battery staple" },
  "lock-vault": { type: "lock-vault" },
  "reveal-phrase": { type: "reveal-phrase" },
  "sign-record": {
    type: "sign-record",
    record: SAMPLE_BALLOT,
  },
  "open-sealed": { type: "open-sealed", seals: [new Uint8Array(80)] },
  "set-relays": { type: "set-relays", relays: ["wss://relay.example.org/"] },
  "list-interfaces": { type: "list-interfaces" },
  "host-meeting": {
    type: "host-meeting",
    options: { name: "Assembly", address: "192.168.1.20", port: 3030 },
  },
  "meeting-status": { type: "meeting-status" },
  "stop-meeting": { type: "stop-meeting" },
  "list-meetings": { type: "list-meetings" },
  "export-bundle": {
    type: "export-bundle",
    request: {
      suggestedName: "chapter",
      documents: [{ documentId: "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", bytes: new Uint8Array([1, 2, 3]) }],
    },
  },
  "import-bundle": { type: "import-bundle" },
  "show-notification": { type: "show-notification", notice: { title: "Vote opened", body: "Fix the stairwell lights (Riverside Tenants)", tag: "r-1" } },
};
