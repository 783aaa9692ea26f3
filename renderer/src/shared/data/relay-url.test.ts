import { describe, expect, it } from "vitest";
import { parseRelayUrl, RelayUrlError } from "./relay-url.js";

function reason(text: string, protocol = "http:"): string {
  try {
    parseRelayUrl(text, protocol);
  } catch (error) {
    if (error instanceof RelayUrlError) return error.reason;
    throw error;
  }
  return "accepted";
}

describe("parseRelayUrl", () => {
  it("accepts wss:// and ws:// addresses and normalises them", () => {
    expect(parseRelayUrl(" WSS://Relay.Example.org ", "https:")).toBe("wss://relay.example.org/");
    expect(parseRelayUrl("ws://192.168.1.20:3030", "http:")).toBe("ws://192.168.1.20:3030/");
  });

  it("keeps a meeting token in the query and drops a fragment", () => {
    expect(parseRelayUrl("ws://10.0.0.2:3030/?token=abc#x", "http:")).toBe("ws://10.0.0.2:3030/?token=abc");
  });

  it("refuses empty text, non-addresses, other schemes and credentials, each with its reason", () => {
    expect(reason("   ")).toBe("empty");
    expect(reason("relay.example.org")).toBe("not-a-url");
    expect(reason("https://relay.example.org")).toBe("wrong-scheme");
    expect(reason("http://relay.example.org")).toBe("wrong-scheme");
    expect(reason("wss://user:pw@relay.example.org")).toBe("has-credentials");
  });

  it("refuses ws:// from an https page but allows it from http and custom schemes", () => {
    expect(reason("ws://relay.example.org", "https:")).toBe("insecure-from-secure-page");
    expect(reason("ws://relay.example.org", "http:")).toBe("accepted");
    expect(reason("ws://relay.example.org", "app:")).toBe("accepted");
  });
});
