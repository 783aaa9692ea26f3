import type { AgendaNode } from "@chapterhouse/crdt/assemblies";
import type { RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { agendaList } from "./agenda-list.js";
import { quorumOfPercent } from "./quorum-of-percent.js";
import { clockFace, speechSeconds, spokenSeconds } from "./speech-seconds.js";

const node = (id: string, title: string, children: AgendaNode[] = []): AgendaNode => ({ id: id as RecordId, title, minutes: 0, links: [], order: 0, children });

describe("the assembly screen's helpers", () => {
  it("[AS2] a quorum typed as a percentage is signed as a fraction in lowest terms, within 1–100", () => {
    expect(quorumOfPercent(50)).toEqual({ num: 1, den: 2 });
    expect(quorumOfPercent(66.6)).toEqual({ num: 67, den: 100 });
    expect(quorumOfPercent(0)).toEqual({ num: 1, den: 100 });
    expect(quorumOfPercent(250)).toEqual({ num: 1, den: 1 });
  });

  it("[AS4.3] the agenda reads depth first, each item numbered under its parent", () => {
    const list = agendaList([node("a", "Welcome"), node("b", "Budget", [node("c", "Income"), node("d", "Costs")])]);
    expect(list.map((entry) => [entry.number, entry.node.title, entry.depth, entry.parent])).toEqual([
      ["1", "Welcome", 0, null],
      ["2", "Budget", 0, null],
      ["2.1", "Income", 1, "b"],
      ["2.2", "Costs", 1, "b"],
    ]);
  });

  it("[AS6.3] a speech's time is whole seconds from its start, never negative nor past the longest speech, and an ended speech took at least a second (0 is passing over)", () => {
    expect(speechSeconds(1_000, 62_999, 86_400)).toBe(61);
    expect(speechSeconds(5_000, 1_000, 86_400)).toBe(0);
    expect(speechSeconds(0, 10_000_000_000, 86_400)).toBe(86_400);
    expect(spokenSeconds(1_000, 1_400, 86_400)).toBe(1);
    expect(clockFace(61)).toBe("1:01");
    expect(clockFace(3_600)).toBe("60:00");
  });
});
