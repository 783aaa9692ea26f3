import { describe, expect, it } from "vitest";
import { COMMANDS, runCli, type ListedCommand } from "./commands.js";


const noStdin = { readStdin: () => Promise.reject(new Error("stdin should not be read")) };

describe("chapterhouse command dispatcher", () => {
  it("[T18.5] --help lists every command with its summary", async () => {
    const result = await runCli(["--help"], noStdin);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    for (const command of COMMANDS) {
      expect(lines.some((line) => /^ {2}\S+ {2,}/.test(line) && line.trim().split(/ {2,}/).join(" ") === `${command.name} ${command.summary}`)).toBe(true);
    }
    expect(result.stdout).toMatch(/^Usage: chapterhouse <command> \[args\]/);
  });

  it("[T18.5] every listed command loads the command of its name", async () => {
    for (const listed of COMMANDS) expect((await listed.load()).name).toBe(listed.name);
  });

  it("[T18.5] an unknown command, or none, is a usage error with exit code 2", async () => {
    const unknown = await runCli(["frobnicate"], noStdin);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^chapterhouse: unknown command "frobnicate"/);
    expect(unknown.stdout).toBe("");
    expect((await runCli([], noStdin)).code).toBe(2);
  });

  it("[T18.5] a command receives its own arguments and the I/O", async () => {
    const seen: (readonly string[])[] = [];
    const echo: ListedCommand = {
      name: "echo",
      summary: "test",
      load: () =>
        Promise.resolve({
          name: "echo",
          help: "",
          run: async (args, io) => {
            seen.push(args);
            return { code: 0, stdout: await io.readStdin(100), stderr: "" };
          },
        }),
    };
    const result = await runCli(["echo", "a", "--b"], { readStdin: () => Promise.resolve("in") }, [echo]);
    expect(result).toEqual({ code: 0, stdout: "in", stderr: "" });
    expect(seen).toEqual([["a", "--b"]]);
  });
});
