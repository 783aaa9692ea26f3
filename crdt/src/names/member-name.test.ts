import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ChapterId } from "../ids.js";
import { isParsed, parseRecord } from "../record.js";
import { memberNameDraft, parseMemberNameBody } from "./member-name.js";

interface Vectors {
  readonly chapter: string;
  readonly records: readonly { readonly id: string; readonly text: string; readonly note: string }[];
}
const vectors = JSON.parse(readFileSync(new URL("../../vectors/names/member-names.json", import.meta.url), "utf8")) as Vectors;
/** The vectors' records refused for their body (M14.1), by their notes; the others are refused, if at all, by other rules. */
const MALFORMED = /leading space|control character|seq 0|a member other than/;

describe("member names", () => {
  it("[M14.1] the body validator refuses exactly the vectors' records whose body is malformed", () => {
    for (const { text, note } of vectors.records) {
      const record = parseRecord(text);
      if (!isParsed(record)) throw new Error(`vector ${note} does not parse`);
      expect(parseMemberNameBody(record.envelope.body).ok, note).toBe(!MALFORMED.test(note));
    }
  });

  it("[M14.1] a name with a space at either end, a control character, no character or more than 200 is refused, naming why", () => {
    const chapter = vectors.chapter as ChapterId;
    const problem = (name: string) => {
      const parsed = parseMemberNameBody({ chapter, name, seq: 1 });
      return parsed.ok ? undefined : parsed.problem;
    };
    expect(problem("Alice")).toBeUndefined();
    expect(problem(" Alice")).toBe("name has a space at its start or end");
    expect(problem("Alice\u00a0")).toBe("name has a space at its start or end");
    expect(problem("Al\u0085ice")).toBe("name holds a control character");
    expect(problem("")).toBe("name must be 1 to 200 characters long");
    expect(problem("x".repeat(201))).toBe("name must be 1 to 200 characters long");
    expect(memberNameDraft({ chapter, name: "Alice", seq: 2 }).deps).toEqual([chapter]);
  });
});
