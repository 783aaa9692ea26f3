import { describe, expect, it } from "vitest";
import { resourceFileProblem } from "./resource-file-problem.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("a file checked before it is attached (RS2)", () => {
  it("[RS2] an attachment over the 1 MiB limit is refused with the limit", () => {
    const big = new Uint8Array(1_048_577);
    big.set(text("%PDF-1.7"));
    expect(resourceFileProblem("application/pdf", big)).toEqual({ code: "too-large", limit: 1_048_576 });
    expect(resourceFileProblem("application/pdf", big.subarray(0, 1_048_576))).toBeUndefined();
  });

  it("[RS2] an attachment of a refused type (SVG, HTML) is refused naming the type", () => {
    expect(resourceFileProblem("image/svg+xml", text("<svg onload=alert(1)>"))).toEqual({ code: "refused-type", type: "image/svg+xml" });
    expect(resourceFileProblem("text/html", text("<script>alert(1)</script>"))).toEqual({ code: "refused-type", type: "text/html" });
  });

  it("[RS2] bytes that do not begin as their type's files do are refused; those that do pass", () => {
    expect(resourceFileProblem("image/png", text("<script>"))).toEqual({ code: "not-its-type", type: "image/png" });
    expect(resourceFileProblem("image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBeUndefined();
    expect(resourceFileProblem("image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0))).toBeUndefined();
    expect(resourceFileProblem("image/gif", text("GIF89a..."))).toBeUndefined();
    expect(resourceFileProblem("image/webp", text("RIFF\0\0\0\0WEBPVP8 "))).toBeUndefined();
    expect(resourceFileProblem("application/pdf", text("%PDF-1.4"))).toBeUndefined();
  });

  it("[RS2] a text file must be UTF-8 with no NUL byte; an empty file is refused", () => {
    expect(resourceFileProblem("text/plain", text("Plain words, ñ and ü."))).toBeUndefined();
    expect(resourceFileProblem("text/csv", bytes(0x61, 0xff, 0x62))).toEqual({ code: "not-its-type", type: "text/csv" });
    expect(resourceFileProblem("text/markdown", bytes(0x61, 0x00))).toEqual({ code: "not-its-type", type: "text/markdown" });
    expect(resourceFileProblem("text/plain", bytes())).toEqual({ code: "empty" });
  });
});
