import { describe, expect, it } from "vitest";
import { toAnnounce } from "./to-announce.js";

const keys = (items: readonly { readonly key: string }[]) => items.map((item) => item.key);

describe("toAnnounce", () => {
  it("[NOTE4] what is listed when the app opens is never raised as a system notification", () => {
    const first = toAnnounce(undefined, [{ key: "a" }, { key: "b" }], new Set());
    expect(first.announce).toEqual([]);
    expect([...first.known]).toEqual(["a", "b"]);
  });

  it("[NOTE4] what arrives while the app is open is raised once, unless already read", () => {
    const { known } = toAnnounce(undefined, [{ key: "a" }], new Set());
    const next = toAnnounce(known, [{ key: "a" }, { key: "b" }, { key: "c" }], new Set(["c"]));
    expect(keys(next.announce)).toEqual(["b"]);
    expect(toAnnounce(next.known, [{ key: "a" }, { key: "b" }, { key: "c" }], new Set()).announce).toEqual([]);
  });
});
