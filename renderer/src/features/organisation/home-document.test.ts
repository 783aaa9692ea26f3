import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { homeDocumentUrl, homeGenesis } from "./home-document.js";

describe("the Home document", () => {
  it("[K3.6] share one genesis: two devices that each started the Home document merge into one set of maps", () => {
    const a = A.change(A.load<Record<string, Record<string, string>>>(homeGenesis()), (d) => void (d["organisations"]!["x"] = "from a"));
    const b = A.change(A.load<Record<string, Record<string, string>>>(homeGenesis()), (d) => void (d["organisations"]!["y"] = "from b"));
    const merged = A.merge(A.clone(a), b);
    expect(merged["organisations"]).toEqual({ x: "from a", y: "from b" });
    expect(A.getConflicts(merged, "organisations")).toBeUndefined();
    expect(homeDocumentUrl(new Uint8Array(16).fill(7))).toMatch(/^automerge:[1-9A-HJ-NP-Za-km-z]+$/);
    expect(() => homeDocumentUrl(new Uint8Array(15))).toThrow(RangeError);
  });
});
