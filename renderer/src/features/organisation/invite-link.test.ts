import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { formatInviteLink, InviteLinkError, parseInviteLink } from "./invite-link.js";

const link = {
  organisation: documentUrlOf("4NMNnkMhL8jXrdJ9jamS58PAVdXu"),
  chapter: "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA" as ChapterId,
  invite: "Xq3Tq0-8vL3b4mJzWc0P5oKxg2yGZfQ0H1kq2n9dD7E" as RecordId,
  token: new Uint8Array(32).map((_, i) => i * 7),
  relay: "ws://127.0.0.1:3030/",
};

describe("invite links", () => {
  it("[M7.1] carry the organisation, chapter, invite id, token secret and relay in the fragment, and read back the same", () => {
    const text = formatInviteLink("http://127.0.0.1:8080/app/#/old", link);
    expect(text.startsWith("http://127.0.0.1:8080/app/#/join?")).toBe(true);
    expect(new URL(text).search).toBe("");
    expect(parseInviteLink(text)).toEqual(link);
    expect(parseInviteLink(`  ${text.slice(text.indexOf("#"))}  `)).toEqual(link);
  });

  it("say which part is wrong in a pasted text that is not a whole invite link (the screen says it in the member's language)", () => {
    const text = formatInviteLink("http://x/", link);
    const code = (pasted: string) => {
      try {
        parseInviteLink(pasted);
      } catch (error) {
        if (error instanceof InviteLinkError) return error.code;
        throw error;
      }
      throw new Error(`accepted ${pasted}`);
    };
    expect(code("https://example.org/")).toBe("not-an-invite-link");
    expect(code(text.slice(0, -40))).toBe("damaged-secret");
    expect(code(text.replace(/c=[^&]+/, "c=nope"))).toBe("no-chapter");
    expect(code(text.replace(/&i=[^&]+/, ""))).toBe("no-invite");
    expect(code(text.replace(/o=[^&]+/, "o=0"))).toBe("no-organisation");
  });
});
