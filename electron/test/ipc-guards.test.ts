import { describe, expect, it } from "vitest";
import type { DesktopRequestType } from "@chapterhouse/crdt/desktop";
import { homeChapterDraft } from "@chapterhouse/crdt/home";
import { SIGNABLE_KINDS } from "@chapterhouse/crdt/kinds";
import { commentDraft } from "@chapterhouse/crdt/proposals";
import type { ChapterId, DocumentUrl, ProposalId } from "@chapterhouse/crdt/records";
import { DesktopFault } from "../src/bridge/desktop-fault.js";
import {
  DESKTOP_REQUEST_TYPES,
  parseDesktopRequest,
  parseSignRecordRequest,
} from "../src/bridge/ipc-guards.js";
import { SAMPLE_BALLOT, SAMPLE_RECORD_ID, SAMPLE_REQUESTS } from "./helpers/sample-requests.js";

/** Expects `run` to throw an invalid-argument DesktopFault whose message matches `message`. */
function refused(run: () => unknown, message?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DesktopFault);
  expect((thrown as DesktopFault).code).toBe("invalid-argument");
  if (message) expect((thrown as DesktopFault).message).toMatch(message);
}

const parse = (type: DesktopRequestType, value: unknown) => parseDesktopRequest(type, value);

describe("the IPC argument guards", () => {
  it("[E5.1] every request type has a guard, and every well-formed request passes its own", () => {
    expect([...DESKTOP_REQUEST_TYPES].sort()).toEqual(Object.keys(SAMPLE_REQUESTS).sort());
    for (const type of DESKTOP_REQUEST_TYPES)
      expect(parse(type, SAMPLE_REQUESTS[type])).toBe(SAMPLE_REQUESTS[type]);
  });

  it("[E5.1] a request on another type's channel is refused", () => {
    refused(() => parse("vault-status", { type: "lock-vault" }), /"type": "vault-status"/);
    refused(() => parse("sign-record", SAMPLE_REQUESTS["create-vault"]));
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "vault-status"],
    ["a list", [{ type: "vault-status" }]],
    ["bytes", new Uint8Array([1])],
    [
      "a class instance",
      new (class Request {
        type = "vault-status";
      })(),
    ],
  ])("[E5.2] %s instead of a request is refused", (_why, value) => {
    refused(() => parse("vault-status", value));
  });

  it("[E5.2] a request with an extra member is refused, naming it", () => {
    refused(
      () => parse("vault-status", { type: "vault-status", channel: "other" }),
      /unexpected member "channel"/,
    );
    refused(
      () =>
        parse("create-vault", {
          type: "create-vault",
          options: { name: "A", passphrase: "x", remember: true },
        }),
      /"remember"/,
    );
  });

  it("[E5.2] a request missing a member is refused, naming it", () => {
    refused(() => parse("sign-record", { type: "sign-record" }), /lacks "record"/);
    refused(() => parse("host-meeting", { type: "host-meeting", options: { name: "A" } }), /lacks "address"/);
  });

  it("[E5.3] passphrases and phrases are non-empty bounded strings, and never echoed", () => {
    refused(() => parse("unlock-vault", { type: "unlock-vault", passphrase: "" }));
    refused(() => parse("unlock-vault", { type: "unlock-vault", passphrase: 1234 }));
    refused(() =>
      parse("create-vault", { type: "create-vault", options: { name: "A", phrase: "x".repeat(1025) } }),
    );
    try {
      parse("reveal-phrase", { type: "reveal-phrase", passphrase: "s3cret-".repeat(200) });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain("s3cret");
    }
  });

  it("[E5.3] a new vault's name is visible text of 1 to 200 characters once trimmed", () => {
    const create = (options: unknown) => parse("create-vault", { type: "create-vault", options });
    expect(() => create({ name: "Alice" })).not.toThrow();
    expect(() => create({ name: ` ${"é".repeat(200)} `, passphrase: "p" })).not.toThrow();
    refused(() => create({ passphrase: "p" }), /lacks "name"/);
    refused(() => create({ name: "" }));
    refused(() => create({ name: "   " }), /once trimmed/);
    refused(() => create({ name: "a".repeat(201) }), /once trimmed/);
    refused(() => create({ name: "Ali\u0007ce" }), /control/);
    refused(() => create({ name: 42 }));
  });

  it("[E5.4] meeting options: a visible name of at most 63 bytes, an IPv4 address, a user port", () => {
    const meeting = (options: unknown) => parse("host-meeting", { type: "host-meeting", options });
    expect(() => meeting({ name: "Réunion", address: "10.0.0.2" })).not.toThrow();
    expect(() => meeting({ name: "A", address: "10.0.0.2", port: 0 })).not.toThrow();
    refused(() => meeting({ name: "", address: "10.0.0.2" }));
    refused(() => meeting({ name: "   ", address: "10.0.0.2" }));
    refused(() => meeting({ name: "a\u0000b", address: "10.0.0.2" }));
    refused(() => meeting({ name: "é".repeat(32), address: "10.0.0.2" }), /63 bytes/);
    refused(() => meeting({ name: "A", address: "::1" }));
    refused(() => meeting({ name: "A", address: "10.0.0.256" }));
    refused(() => meeting({ name: "A", address: "10.0.0.2", port: 80 }));
    refused(() => meeting({ name: "A", address: "10.0.0.2", port: 70000 }));
    refused(() => meeting({ name: "A", address: "10.0.0.2", port: 3030.5 }));
  });

  it("[E5.5] relays: a bounded list of bounded strings", () => {
    refused(() => parse("set-relays", { type: "set-relays", relays: "wss://a/" }));
    refused(() => parse("set-relays", { type: "set-relays", relays: [42] }));
    refused(() =>
      parse("set-relays", { type: "set-relays", relays: Array.from({ length: 65 }, () => "wss://a/") }),
    );
  });

  it("[E5.6] bundle exports: a plain file name and documents of bytes", () => {
    const exportRequest = (request: unknown) => parse("export-bundle", { type: "export-bundle", request });
    const documents = [{ documentId: "x", bytes: new Uint8Array(1) }];
    refused(() => exportRequest({ suggestedName: "../../etc/passwd", documents }), /without folders/);
    refused(() => exportRequest({ suggestedName: "C:evil", documents }));
    refused(() => exportRequest({ suggestedName: "ok", documents: [] }), /empty/);
    refused(
      () => exportRequest({ suggestedName: "ok", documents: [{ documentId: "x", bytes: [1, 2] }] }),
      /Uint8Array/,
    );
    refused(() =>
      exportRequest({
        suggestedName: "ok",
        documents: [{ documentId: "x", bytes: new Uint8Array(1), extra: 1 }],
      }),
    );
  });

  it("[E5.8] system notifications: a title of 1 to 200 characters, a body of at most 1,000 and a tag of 1 to 200, no control characters, nothing else", () => {
    const show = (notice: unknown) => parseDesktopRequest("show-notification", { type: "show-notification", notice });
    expect(show({ title: "Vote opened", body: "", tag: "t" }).notice.title).toBe("Vote opened");
    refused(() => show({ title: "", body: "b", tag: "t" }), /notice\.title must be 1 to 200/);
    refused(() => show({ title: "x".repeat(201), body: "b", tag: "t" }), /notice\.title/);
    refused(() => show({ title: "t", body: "x".repeat(1001), tag: "t" }), /notice\.body/);
    refused(() => show({ title: "t", body: "b", tag: "" }), /notice\.tag/);
    refused(() => show({ title: "t", body: "line\u0007bell", tag: "t" }), /notice\.body must not hold control characters/);
    refused(() => show({ title: "t", body: "b", tag: "t", icon: "file:///etc/passwd" }), /unexpected member "icon"/);
    refused(() => show({ title: 7, body: "b", tag: "t" }), /notice\.title must be a string/);
  });
});

describe("the sign-record guard", () => {
  const sign = (record: unknown) => parseSignRecordRequest(record);

  it("[E7.1] a body its kind's builder makes passes", () => {
    const url = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocumentUrl;
    for (const record of [
      SAMPLE_BALLOT,
      homeChapterDraft({ organisation: url, chapter: SAMPLE_RECORD_ID as ChapterId, document: url }),
      commentDraft({ proposal: SAMPLE_RECORD_ID as ProposalId, version: null, text: "Agreed.", replyTo: null }, []),
    ])
      expect(sign(record)).toBe(record);
  });

  it("[E7.1] every signable kind with a body its schema refuses is refused, naming the kind's rule and the problem", () => {
    for (const kind of SIGNABLE_KINDS)
      refused(() => sign({ kind, body: { a: 1 } }), new RegExp(`^record\\.body is not a ${kind} body \\(PROTOCOL\\.md [A-Z]{1,4}[0-9.]+\\): .`));
    refused(() => sign({ ...SAMPLE_BALLOT, body: { ...SAMPLE_BALLOT.body, seq: 0 } }), /not a ballot body \(PROTOCOL\.md V4\): seq is not an integer in 1\.\.2147483648/);
  });

  it("[E7.1] a kind reserved for a later feature, or signed by an invite's token key, is refused whatever its body", () => {
    for (const kind of ["dues-entry", "private-message", "redeem"]) refused(() => sign({ kind, body: { text: "hi" } }), /not a record kind the desktop signs/);
  });

  it.each([
    ["raw bytes in place of the request", new Uint8Array(64), /never raw bytes/],
    ["an ArrayBuffer in place of the request", new ArrayBuffer(64), /never raw bytes/],
    ["bytes as the body", { kind: "ballot", body: new Uint8Array(32) }, /never bytes/],
    [
      "bytes inside the body",
      { kind: "ballot", body: { payload: { sig: new Uint8Array(64) } } },
      /record\.body\.payload\.sig holds bytes/,
    ],
    [
      "a DataView inside a list in the body",
      { kind: "comment", body: { parts: ["a", new DataView(new ArrayBuffer(2))] } },
      /record\.body\.parts\[1\] holds bytes/,
    ],
    ["a string body (pre-encoded text to sign)", { kind: "comment", body: '{"a":1}' }, /plain JSON object/],
    ["a list body", { kind: "comment", body: [1, 2] }, /plain JSON object/],
    ["an unknown kind", { kind: "sign-anything", body: {} }, /not a record kind/],
    ["a kind that is not a string", { kind: 7, body: {} }, /not a record kind/],
    ["a float in the body", { kind: "ballot", body: { weight: 0.5 } }, /not canonical/],
    ["a Date in the body", { kind: "comment", body: { at: new Date(0) } }, /not canonical/],
    [
      "a body nested too deeply",
      { kind: "comment", body: JSON.parse('{"a":'.repeat(40) + "1" + "}".repeat(40)) as unknown },
      /too deeply|not canonical/,
    ],
    [
      "a body too large for a record",
      { kind: "comment", body: { text: "x".repeat(262_144) } },
      /longer than a record/,
    ],
    [
      "an extra member (a chosen signer)",
      { kind: "comment", body: {}, signer: "X" },
      /unexpected member "signer"/,
    ],
    ["an extra member (a chosen time)", { kind: "comment", body: {}, at: 0 }, /unexpected member "at"/],
    ["deps that are not a list", { kind: "comment", body: {}, deps: SAMPLE_RECORD_ID }, /must be a list/],
    ["a dep that is not a record id", { kind: "comment", body: {}, deps: ["not-an-id"] }, /record id/],
    [
      "too many deps",
      { kind: "comment", body: {}, deps: Array.from({ length: 65 }, () => SAMPLE_RECORD_ID) },
      /more than 64/,
    ],
  ])("[E7.1] %s is refused", (_why, record, message) => {
    refused(() => sign(record), message);
  });
});
