import { describe, expect, it } from "vitest";
import { chosenFileProblem, folderFromText, tagsFromText, typeOfChosen } from "./resource-input.js";

describe("the new-resource form's words (RS1, RS2)", () => {
  it("[RS1.3] tags typed with commas become lower case, sorted, without repeats or empty ones", () => {
    expect(tagsFromText(" Rent, print ,rent,, Flyers")).toEqual(["flyers", "print", "rent"]);
    expect(tagsFromText("")).toEqual([]);
  });

  it("[RS1.2] a folder typed with slashes and spaces keeps its names, trimmed", () => {
    expect(folderFromText(" Guides / Legal legal /")).toBe("Guides/Legal legal");
    expect(folderFromText("")).toBe("");
  });

  it("[RS2] a chosen file over the limit or of a refused type is refused with the reason", () => {
    expect(chosenFileProblem({ name: "big.pdf", type: "application/pdf", bytes: new Uint8Array(1_048_577) })).toEqual({ code: "too-large", limit: 1_048_576 });
    expect(chosenFileProblem({ name: "logo.svg", type: "image/svg+xml", bytes: new TextEncoder().encode("<svg/>") })).toEqual({ code: "refused-type", type: "image/svg+xml" });
    expect(chosenFileProblem({ name: "page.html", type: "text/html", bytes: new TextEncoder().encode("<p>") })).toEqual({ code: "refused-type", type: "text/html" });
  });

  it("[RS2] an untyped .md or .csv file is judged by its name's ending; anything else untyped is refused", () => {
    expect(typeOfChosen({ name: "notes.MD", type: "" })).toBe("text/markdown");
    expect(chosenFileProblem({ name: "notes.md", type: "", bytes: new TextEncoder().encode("# Notes") })).toBeUndefined();
    expect(chosenFileProblem({ name: "run.exe", type: "", bytes: new Uint8Array([0x4d, 0x5a]) })).toEqual({ code: "refused-type", type: "application/octet-stream" });
  });
});
