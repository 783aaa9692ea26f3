import { describe, expect, it } from "vitest";
import type { HostedMeeting } from "@chapterhouse/crdt/desktop";
import {
  MAX_RELAYS,
  PRESS_STYLE_HASH,
  contentSecurityPolicy,
  pageContentSecurityPolicy,
  parseRelayUrl,
} from "../src/content-security-policy.js";

const MEETING: HostedMeeting = {
  name: "Assembly",
  address: "192.168.1.20",
  port: 41234,
  token: "AAAAAAAAAAAAAAAAAAAAAA",
  joinUrl: "http://192.168.1.20:41234/#/join?token=AAAAAAAAAAAAAAAAAAAAAA",
  relayUrl: "ws://192.168.1.20:41234/?token=AAAAAAAAAAAAAAAAAAAAAA",
};

/** The policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  it("[E2.1] without relays it allows only the app's own files, wasm compilation and data images", () => {
    const policy = directives(contentSecurityPolicy([]));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'", PRESS_STYLE_HASH]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("[E2.1] never allows inline or evaluated scripts", () => {
    const text = contentSecurityPolicy(["wss://relay.example.org/"]);
    expect(text).not.toContain("'unsafe-inline'");
    expect(text).not.toContain("'unsafe-eval'");
    expect(text).not.toMatch(/script-src[^;]*\*/);
  });

  it("[E2.2] relays are added to connect-src as scheme, host and port only, sorted and once each", () => {
    const policy = directives(
      contentSecurityPolicy([
        "wss://relay.example.org/sync?x=1",
        "ws://192.168.1.20:3030/?token=secret-token-value",
        "wss://relay.example.org/other",
        "wss://[::1]:4000/",
      ]),
    );
    expect(policy.get("connect-src")).toEqual([
      "'self'",
      "ws://192.168.1.20:3030",
      "wss://[::1]:4000",
      "wss://relay.example.org",
    ]);
  });

  it("[E2.2] a meeting token in a relay URL never appears in the policy", () => {
    expect(contentSecurityPolicy(["ws://10.0.0.5:3030/?token=AAAAAAAAAAAAAAAAAAAAAA"])).not.toContain(
      "AAAAAAAAAAAAAAAAAAAAAA",
    );
  });

  it("[E2.2] the same relays in any order give the same text", () => {
    const a = ["wss://b.example/", "wss://a.example/", "ws://10.0.0.1:3030/"];
    expect(contentSecurityPolicy(a)).toBe(contentSecurityPolicy([...a].reverse()));
  });

  it("[E2.3] the parser normalises hosts before they are checked", () => {
    expect(parseRelayUrl("WSS://Relay.Example.ORG:443/")).toEqual({
      type: "valid",
      relay: { url: "wss://relay.example.org/", source: "wss://relay.example.org" },
    });
    expect(parseRelayUrl("wss://réseau.example/")).toMatchObject({
      type: "valid",
      relay: { source: "wss://xn--rseau-bsa.example" },
    });
    expect(parseRelayUrl("ws://0x7f.1:3030/")).toMatchObject({
      type: "valid",
      relay: { source: "ws://127.0.0.1:3030" },
    });
  });

  it.each([
    ["a host holding a semicolon (a directive injection)", "wss://evil;script-src *;/"],
    ["a host holding a comma (a second policy)", "wss://a,b/"],
    ["a host holding a quote", "wss://a'unsafe-inline'/"],
    ["an https URL", "https://relay.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:,x"],
    ["a user name", "wss://user@relay.example/"],
    ["a password", "wss://user:pw@relay.example/"],
    ["a relative URL", "//relay.example/"],
    ["a space in the host", "wss://relay example/"],
    ["an asterisk", "wss://*/"],
    ["a trailing dot", "wss://relay.example./"],
    ["not text", 42],
    ["a very long URL", `wss://relay.example/${"a".repeat(3000)}`],
  ])("[E2.3] %s is refused", (_why, url) => {
    expect(parseRelayUrl(url).type).toBe("invalid");
    expect(() => contentSecurityPolicy([url as string])).toThrow(RangeError);
  });

  it("[E2.3] more than the maximum number of relays is refused", () => {
    const relays = Array.from({ length: MAX_RELAYS + 1 }, (_, i) => `wss://r${i}.example/`);
    expect(() => contentSecurityPolicy(relays)).toThrow(RangeError);
    expect(() => contentSecurityPolicy(relays.slice(0, MAX_RELAYS))).not.toThrow();
  });

  it("[E2.4] the page's policy adds the hosted meeting's relay while it runs, and stays within the maximum", () => {
    const member = ["wss://relay.example.org/"];
    expect(directives(pageContentSecurityPolicy(member, { type: "idle" })).get("connect-src")).toEqual([
      "'self'",
      "wss://relay.example.org",
    ]);
    const hosting = pageContentSecurityPolicy(member, { type: "hosting", meeting: MEETING });
    expect(directives(hosting).get("connect-src")).toEqual([
      "'self'",
      "ws://192.168.1.20:41234",
      "wss://relay.example.org",
    ]);
    expect(hosting).not.toContain(MEETING.token);
    const full = Array.from({ length: MAX_RELAYS }, (_, i) => `wss://relay${i}.example.org/`);
    const crowded = directives(pageContentSecurityPolicy(full, { type: "hosting", meeting: MEETING }));
    expect(crowded.get("connect-src")).toHaveLength(1 + MAX_RELAYS);
    expect(crowded.get("connect-src")).toContain("ws://192.168.1.20:41234");
  });
});
