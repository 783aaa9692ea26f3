import { describe, expect, it } from "vitest";
import { APP_ENTRY_URL, MAX_URL_LENGTH, parseAppUrl } from "../src/app-origin.js";
import { decideNavigation } from "../src/navigation-policy.js";

const navigate = (url: string) => decideNavigation({ type: "navigate", url });
const newWindow = (url: string) => decideNavigation({ type: "new-window", url });
const permission = (permission: string, requestingUrl: string) =>
  decideNavigation({ type: "permission", permission, requestingUrl });

describe("the navigation allow-list", () => {
  it("[E1.1] the app's own pages may be navigated to", () => {
    expect(navigate(APP_ENTRY_URL)).toEqual({ type: "allow" });
    expect(navigate("chapterhouse://app/")).toEqual({ type: "allow" });
    expect(navigate("chapterhouse://app/index.html?x=1#/settings")).toEqual({ type: "allow" });
  });

  it("[E1.1] the scheme is case-insensitive, as the URL parser defines it", () => {
    expect(navigate("ChApTeRhOuSe://app/index.html")).toEqual({ type: "allow" });
  });

  it.each([
    ["a longer host that starts with app", "chapterhouse://app.evil.com/"],
    ["a user name that looks like the host", "chapterhouse://app@evil.com/"],
    ["a user name and password before the real host", "chapterhouse://user:pw@app/"],
    ["an escaped backslash in the user name", "chapterhouse://app\\@evil/"],
    ["an encoded slash in the user name", "chapterhouse://app%2f@evil/"],
    ["a mixed-case host (Chromium folds it; the allow-list does not need to)", "chapterhouse://APP/"],
    ["a percent-encoded host", "chapterhouse://%61pp/"],
    ["an IDN lookalike host (Cyrillic а)", "chapterhouse://аpp/"],
    ["a punycode lookalike host", "chapterhouse://xn--pp-8cd/"],
    ["a NUL in the host", "chapterhouse://app%00/"],
    ["a port", "chapterhouse://app:8080/"],
    ["a trailing dot", "chapterhouse://app./"],
    ["no authority", "chapterhouse:app"],
    ["a path that looks like the host", "chapterhouse:///app/index.html"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["file:", "file:///etc/passwd"],
    ["blob:", "blob:chapterhouse://app/4b1e-uuid"],
    ["about:blank", "about:blank"],
    ["a scheme-relative URL", "//evil.example/"],
    ["a relative path", "/index.html"],
    ["an empty string", ""],
    ["a URL longer than allowed", `chapterhouse://app/${"a".repeat(MAX_URL_LENGTH)}`],
  ])("[E1.2] %s is denied", (_why, url) => {
    const decision = navigate(url);
    expect(decision.type).toBe("deny");
    expect(parseAppUrl(url)).toBeUndefined();
  });

  it("[E1.3] an http(s) link is handed to the OS browser, normalised by the parser", () => {
    expect(navigate("https://example.org/a?b=c")).toEqual({
      type: "open-externally",
      url: "https://example.org/a?b=c",
    });
    expect(navigate("HTTP://EXAMPLE.org")).toEqual({ type: "open-externally", url: "http://example.org/" });
    // The OS browser gets the punycode form, so a lookalike shows as what it is.
    expect(navigate("https://аpple.com/")).toEqual({
      type: "open-externally",
      url: "https://xn--pple-43d.com/",
    });
    expect(navigate("https://ex%61mple.com/")).toEqual({
      type: "open-externally",
      url: "https://example.com/",
    });
  });

  it("[E1.3] an http(s) link with a user name or password is not opened at all", () => {
    expect(navigate("https://bank.example@evil.example/").type).toBe("deny");
    expect(navigate("https://user:pass@example.org/").type).toBe("deny");
  });

  it("[E1.3] other schemes are never handed to the OS", () => {
    for (const url of [
      "mailto:a@example.org",
      "ftp://example.org/",
      "smb://server/share",
      "ms-settings:",
      "ws://relay.example/",
    ]) {
      expect(navigate(url).type, url).toBe("deny");
    }
  });

  it("[E1.4] the app opens no second window, even of its own pages", () => {
    expect(newWindow(APP_ENTRY_URL).type).toBe("deny");
    expect(newWindow("javascript:alert(1)").type).toBe("deny");
    expect(newWindow("https://example.org/")).toEqual({
      type: "open-externally",
      url: "https://example.org/",
    });
  });

  it("[E1.5] only the app's page holds only the allowed permissions", () => {
    expect(permission("clipboard-sanitized-write", "chapterhouse://app")).toEqual({ type: "allow" });
    expect(permission("clipboard-sanitized-write", APP_ENTRY_URL)).toEqual({ type: "allow" });
    for (const denied of [
      "media",
      "geolocation",
      "notifications",
      "openExternal",
      "clipboard-read",
      "unknown",
    ]) {
      expect(permission(denied, "chapterhouse://app").type, denied).toBe("deny");
    }
    expect(permission("clipboard-sanitized-write", "https://evil.example").type).toBe("deny");
    expect(permission("clipboard-sanitized-write", "chapterhouse://app.evil").type).toBe("deny");
    expect(permission("clipboard-sanitized-write", "").type).toBe("deny");
  });

  it("[E1.2] a decision never throws, whatever the text", () => {
    const hostile = ["\u0000", "\uD800", "chapterhouse://[::1]/", "http://[", "%", "\\\\evil\\share"];
    for (const url of hostile) {
      expect(() => navigate(url)).not.toThrow();
      expect(navigate(url).type).not.toBe("allow");
    }
  });
});
