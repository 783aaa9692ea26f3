import { describe, expect, it } from "vitest";
import { runDemo } from "./demo-command.js";

describe("chapterhouse demo", () => {
  it("[V11.3] simulates, verifies and summarises a small vote", async () => {
    const result = await runDemo([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Chapterhouse demo/);
    expect(result.stdout).toMatch(/Vote {10}schulze, quorum 1\/2/);
    expect(result.stdout).toMatch(/Verified {6}\d+ ballots and 60 admissions checked .*sealed result matches/);
    const majority = await runDemo(["--rule", "majority"]);
    expect(majority.stdout).toMatch(/Result {8}(passed|rejected|no-quorum)/);
    expect((await runDemo(["--rule", "borda"])).code).toBe(2);
  });
});
