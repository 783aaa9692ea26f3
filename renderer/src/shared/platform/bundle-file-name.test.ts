import { describe, expect, it } from "vitest";
import { bundleFileName } from "./bundle-file-name.js";

describe("bundle file names", () => {
  it("[E5.6] an organisation's name becomes a file name without folders, with the .chapterhouse extension once", () => {
    expect(bundleFileName("Riverside Tenants")).toBe("Riverside Tenants.chapterhouse");
    expect(bundleFileName("Riverside.chapterhouse")).toBe("Riverside.chapterhouse");
    expect(bundleFileName("../../etc/passwd")).toBe("etc passwd.chapterhouse");
    expect(bundleFileName('a:b*c?"d<e>f|g\\h')).toBe("a b c d e f g h.chapterhouse");
    expect(bundleFileName("tab\there\nnewline")).toBe("tab here newline.chapterhouse");
    expect(bundleFileName("...")).toBe("chapterhouse.chapterhouse");
    expect(bundleFileName("")).toBe("chapterhouse.chapterhouse");
    expect(bundleFileName("Ünïcödé Cooperativa")).toBe("Ünïcödé Cooperativa.chapterhouse");
    const long = bundleFileName("x".repeat(500));
    expect(long).toBe(`${"x".repeat(80)}.chapterhouse`);
    expect(long.includes("/")).toBe(false);
  });
});
