import { describe, expect, it } from "vitest";
import type { CanonicalValue } from "../records/canonical.js";
import { parseResourceBody } from "./resource-body.js";

const CHAPTER = "A".repeat(43);
const HASH = "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0";
const file = { document: "automerge:3kZ9cH1TAbnQw5yYfYQ5MTFbpX4e", name: "abc.txt", type: "text/plain", size: 3, hash: HASH };
const good = { chapter: CHAPTER, title: "Flyer", description: "", folder: "Campaigns/2026", tags: ["print", "rent"], link: null, file };
const problem = (body: Record<string, CanonicalValue>) => {
  const parsed = parseResourceBody(body);
  return parsed.ok ? "" : parsed.problem;
};

describe("the resource body (RS1)", () => {
  it("[RS1] a file resource and a link resource are well formed", () => {
    expect(parseResourceBody(good).ok).toBe(true);
    expect(parseResourceBody({ ...good, file: null, link: "https://example.org/guide" }).ok).toBe(true);
    expect(parseResourceBody({ ...good, folder: "", tags: [] }).ok).toBe(true);
  });

  it("[RS1.4] a resource with both a link and a file, or neither, is malformed", () => {
    expect(problem({ ...good, link: "https://example.org" })).toBe("[RS1] exactly one of link and file must be null");
    expect(problem({ ...good, file: null })).toBe("[RS1] exactly one of link and file must be null");
  });

  it("[RS1.4] a file over 1 MiB, of a refused type, or with a name holding a slash is malformed", () => {
    expect(problem({ ...good, file: { ...file, size: 1_048_577 } })).toBe("[RS1] file.size is not an integer in 1..1048576");
    expect(problem({ ...good, file: { ...file, type: "image/svg+xml" } })).toMatch(/^\[RS1\] file.type is not one of image\/png/);
    expect(problem({ ...good, file: { ...file, name: "../etc/passwd" } })).toBe("[RS1] file.name holds / or \\");
    expect(problem({ ...good, file: { ...file, hash: "abc" } })).toBe("[RS1] file.hash is not a 32-byte base64url value");
  });

  it("[RS1.4] a link that is not http or https (a javascript: address) is malformed", () => {
    expect(problem({ ...good, file: null, link: "javascript:alert(1)" })).toBe("[RS1] link is not an http or https address");
  });

  it("[RS1.2] [RS1.3] folders of empty names, unsorted, repeated or upper-case tags are malformed", () => {
    expect(problem({ ...good, folder: "a//b" })).toBe("[RS1] folder name must be 1 to 60 characters long");
    expect(problem({ ...good, folder: "1/2/3/4/5/6/7/8/9" })).toBe("[RS1] folder has more than 8 levels");
    expect(problem({ ...good, tags: ["rent", "print"] })).toBe("[RS1] tags are not sorted without repeats");
    expect(problem({ ...good, tags: ["print", "print"] })).toBe("[RS1] tags are not sorted without repeats");
    expect(problem({ ...good, tags: ["Print"] })).toBe("[RS1] tags[0] has an upper-case letter");
  });
});
