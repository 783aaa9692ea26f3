import { describe, expect, it } from "vitest";
import { readMeetingOrganisations } from "./meeting-organisations.js";

const ORG = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu";
const RELAY = "ws://192.168.1.20:41234/?token=AbCdEfGhIjKlMnOpQrStUv";

describe("the organisations kept for each meeting", () => {
  it("reads back only meeting relay addresses with lists of document URLs, each once, sorted", () => {
    expect(readMeetingOrganisations({ [RELAY]: [ORG, ORG, "automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", "../etc", 7] })).toEqual(
      new Map([[RELAY, ["automerge:2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", ORG]]]),
    );
    expect(readMeetingOrganisations({ "https://x/": [ORG], [RELAY]: "not a list" }).size).toBe(0);
    for (const junk of [undefined, null, "text", [RELAY], 3]) expect(readMeetingOrganisations(junk).size).toBe(0);
  });
});
