import { describe, expect, it } from "vitest";
import { connectServedRelay, type OfferedRelays } from "./connect-served-relay.js";
import type { RelayKind } from "./connection-settings.js";
import type { RelayUrl } from "./relay-url.js";
import { decideServedRelay, isRelayInfo, meetingTokenOf } from "./served-relay.js";

const OPEN = { v: 1, websocket: "same-origin", tokenRequired: false };
const GUARDED = { v: 1, websocket: "same-origin", tokenRequired: true };
const TOKEN = "q7Xv0cQm3d2LkP9aZt4B1w";

describe("decideServedRelay", () => {
  it("[W6.5] a page served by an open relay adds ws://<page host>/ as a relay, wss:// from https", () => {
    expect(decideServedRelay({ pageUrl: "http://127.0.0.1:3030/#/settings", info: OPEN, offered: [] })).toEqual({
      type: "add",
      url: "ws://127.0.0.1:3030/",
      kind: "relay",
    });
    expect(decideServedRelay({ pageUrl: "https://relay.example.org/app/", info: OPEN, offered: [] })).toEqual({
      type: "add",
      url: "wss://relay.example.org/",
      kind: "relay",
    });
  });

  it("[W6.5] a relay that requires a token is added as a meeting host with the join link's token", () => {
    const pageUrl = `http://192.168.1.10:3030/#/join?token=${TOKEN}`;
    expect(decideServedRelay({ pageUrl, info: GUARDED, offered: [] })).toEqual({
      type: "add",
      url: `ws://192.168.1.10:3030/?token=${TOKEN}`,
      kind: "meeting",
    });
    expect(decideServedRelay({ pageUrl: "http://192.168.1.10:3030/#/", info: GUARDED, offered: [] })).toEqual({
      type: "none",
      reason: "no-token",
    });
  });

  it("[W6.5] an address offered before is not added again, so a member who removed it is not overridden", () => {
    expect(decideServedRelay({ pageUrl: "http://127.0.0.1:3030/", info: OPEN, offered: ["ws://127.0.0.1:3030/"] })).toEqual({
      type: "none",
      reason: "already-offered",
    });
    // A new meeting has a new token, hence a new address: offered again.
    const other = decideServedRelay({
      pageUrl: `http://192.168.1.10:3030/#/join?token=${TOKEN}`,
      info: GUARDED,
      offered: ["ws://192.168.1.10:3030/?token=an-older-meeting-token"],
    });
    expect(other.type).toBe("add");
  });

  it("[W6.5] a page not served over http(s), or a server whose relay.json is not W6.5's, changes nothing", () => {
    expect(decideServedRelay({ pageUrl: "app://chapterhouse/index.html", info: OPEN, offered: [] })).toEqual({ type: "none", reason: "not-http" });
    expect(decideServedRelay({ pageUrl: "not a url", info: OPEN, offered: [] })).toEqual({ type: "none", reason: "not-http" });
    for (const info of [undefined, null, "relay", [], { v: 2, websocket: "same-origin", tokenRequired: false }, { v: 1, websocket: "wss://elsewhere/", tokenRequired: false }, { v: 1, websocket: "same-origin" }]) {
      expect(decideServedRelay({ pageUrl: "http://127.0.0.1:3030/", info, offered: [] })).toEqual({ type: "none", reason: "not-a-relay" });
    }
  });

  it("reads the meeting token only from the fragment's `token` parameter, and only when well formed", () => {
    expect(meetingTokenOf(`#/join?token=${TOKEN}`)).toBe(TOKEN);
    expect(meetingTokenOf(`#/join?o=abc&token=${TOKEN}&c=def`)).toBe(TOKEN);
    expect(meetingTokenOf(`#/join?t=${TOKEN}`)).toBeUndefined();
    expect(meetingTokenOf("#/join?token=short")).toBeUndefined();
    expect(meetingTokenOf("#/join?token=has%20space%20in%20it%20here")).toBeUndefined();
    expect(meetingTokenOf(`#/join/token=${TOKEN}`)).toBeUndefined();
    expect(isRelayInfo({ ...OPEN, extra: "ignored" })).toBe(true);
  });
});

/** A fake page: `fetch` answers `relay.json` with `answer`, and records what was added. */
function page(answer: Response | Error, offeredBefore: string[] = []) {
  const added: [RelayUrl, RelayKind][] = [];
  const offered = [...offeredBefore];
  const requested: string[] = [];
  const store: OfferedRelays = {
    list: () => Promise.resolve([...offered]),
    remember: (url) => Promise.resolve(void offered.push(url)),
  };
  return {
    added,
    offered,
    requested,
    deps: (pageUrl: string) => ({
      pageUrl,
      fetch: (url: string) => {
        requested.push(url);
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      offered: store,
      addRelay: (url: RelayUrl, kind: RelayKind) => Promise.resolve(void added.push([url, kind])),
    }),
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

describe("connectServedRelay", () => {
  it("[W6.5] fetches relay.json beside the page, adds the relay once and remembers the offer", async () => {
    const fake = page(json(OPEN));
    const decision = await connectServedRelay(fake.deps("http://127.0.0.1:3030/#/"));
    expect(decision).toEqual({ type: "add", url: "ws://127.0.0.1:3030/", kind: "relay" });
    expect(fake.requested).toEqual(["http://127.0.0.1:3030/relay.json"]);
    expect(fake.added).toEqual([["ws://127.0.0.1:3030/", "relay"]]);
    expect(fake.offered).toEqual(["ws://127.0.0.1:3030/"]);
    const again = page(json(OPEN), fake.offered);
    expect((await connectServedRelay(again.deps("http://127.0.0.1:3030/"))).type).toBe("none");
    expect(again.added).toEqual([]);
  });

  it("changes nothing behind a static server (404, HTML) or with no network, and does not throw", async () => {
    for (const answer of [
      new Response("not found", { status: 404, headers: { "content-type": "text/plain" } }),
      new Response("<!doctype html>", { status: 200, headers: { "content-type": "text/html" } }),
      json(OPEN, 500),
      new TypeError("Failed to fetch"),
    ]) {
      const fake = page(answer);
      const decision = await connectServedRelay(fake.deps("http://127.0.0.1:8080/app/#/"));
      expect(decision).toEqual({ type: "none", reason: "not-a-relay" });
      expect(fake.requested).toEqual(["http://127.0.0.1:8080/app/relay.json"]);
      expect(fake.added).toEqual([]);
    }
  });

  it("does not even ask when the page is not served over http(s)", async () => {
    const fake = page(json(OPEN));
    expect(await connectServedRelay(fake.deps("app://chapterhouse/index.html"))).toEqual({ type: "none", reason: "not-http" });
    expect(fake.requested).toEqual([]);
  });
});
