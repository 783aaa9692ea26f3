import type { MinutesState } from "@chapterhouse/crdt/assemblies";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../shared/i18n/create-i18n.js";
import { createFormat } from "../../shared/i18n/format.js";
import { escapeMarkdown, minutesMarkdown, type MinutesWords } from "./minutes-markdown.js";

const key = (name: string) => name.padEnd(43, "A") as MemberKey;
const id = (name: string) => name.padEnd(43, "B") as RecordId;
const NAMES: Record<string, string> = { [key("alice")]: "Alice *the chair*", [key("bob")]: "Bob", [key("carol")]: "Carol" };

function words(language: string): MinutesWords {
  const i18n = createI18n(language, (lng, namespace, missing) => {
    throw new Error(`no catalogue has ${namespace}:${missing} (${lng})`);
  });
  return { t: i18n.getFixedT(language, "minutes"), ta: i18n.getFixedT(language, "assemblies"), format: createFormat(language, { unknownTime: "?", all: (percent) => percent }), name: (member) => NAMES[member] ?? member };
}

const minutes = (signed: boolean): MinutesState => ({
  secretary: key("bob"),
  notes: { chair: "Thanks.", secretary: "" },
  until: Date.UTC(2026, 11, 12, 11),
  text: "{}",
  digest: id("digest"),
  signed,
  signatures: { chair: signed ? { id: id("s1"), signer: key("carol"), until: 0, digest: id("digest"), at: 0, matches: true } : null, secretary: { id: id("s2"), signer: key("bob"), until: 0, digest: id("other"), at: 0, matches: false } },
  content: {
    v: 1,
    assembly: id("a"),
    chapter: id("c") as string as ChapterId,
    event: id("e"),
    chairs: [key("alice"), key("carol")],
    quorum: { num: 1, den: 2 },
    until: Date.UTC(2026, 11, 12, 11),
    secretary: key("bob"),
    attendance: [{ record: id("r1"), member: key("bob"), kind: "check-in", at: Date.UTC(2026, 11, 12, 10), attested: true }],
    current: [{ record: id("r2"), item: id("i"), at: Date.UTC(2026, 11, 12, 10, 5) }],
    agenda: [{ item: id("i"), title: "Budget # 2027", minutes: 20, links: [id("v")], children: [] }],
    speeches: [{ request: id("q"), item: id("i"), member: key("bob"), as: "pro", seconds: 90 }],
    results: [
      {
        record: id("p"),
        item: id("i"),
        question: "Adopt the <budget>?",
        method: "hands",
        options: [
          { label: "For", count: 2 },
          { label: "Against", count: 0 },
        ],
        abstentions: 1,
        present: 3,
        electorate: 3,
        quorum: { num: 1, den: 2 },
        threshold: { num: 2, den: 3 },
        tellers: [key("bob"), key("carol")],
        status: "confirmed",
        outcome: "decided",
        winner: "For",
      },
    ],
    notes: { chair: "Thanks.", secretary: "" },
  },
});

describe("the minutes as Markdown (AS10.6)", () => {
  it("[AS10.6] the Markdown holds attendance, the agenda as run, the paper results with their tellers, the speakers, the notes and the signatures", () => {
    const { title, body } = minutesMarkdown(minutes(true), "Autumn assembly", words("en"));
    expect(title).toBe("Minutes: Autumn assembly");
    expect(body).toContain("## Attendance");
    expect(body).toMatch(/- \d\d:\d\d( [AP]M)?: Bob checked in \(by a chair\)/);
    expect(body).not.toMatch(/\n\n\n/);
    expect(body).toContain("1. Budget \\# 2027 — taken up at");
    expect(body).toContain("1 electronic vote or proposal linked");
    expect(body).toContain("**Adopt the \\<budget\\>? (By show of hands, item: Budget \\# 2027)**");
    expect(body).toContain("For 2, Against 0; abstentions: 1; present: 3 of 3");
    expect(body).toContain("Decided: For · Confirmed by both tellers · tellers: Bob and Carol");
    expect(body).toContain("- Bob (For): 1:30");
    expect(body).toContain("### Chair's notes\n\nThanks.");
    expect(body).toContain("- Chair: signed by Carol");
    expect(body).toContain("- Secretary: Bob signed a version that differs from this one");
    expect(body).toContain("Signed by the chair and the secretary");
    expect(body).toContain("Chaired by Alice \\*the chair\\* and Carol");
  });

  it("[AS10.5] minutes without both signatures say they are not signed", () => {
    const { body } = minutesMarkdown(minutes(false), "Autumn assembly", words("en"));
    expect(body).toContain("- Chair: not signed");
    expect(body).toContain("Not signed yet");
  });

  it("[I18N3] the Markdown is in the reader's language", () => {
    const { title, body } = minutesMarkdown(minutes(true), "Asamblea", words("es"));
    expect(title).toBe("Acta: Asamblea");
    expect(body).toContain("## Asistencia");
    expect(body).toContain("Decidido: For · Confirmado por los dos escrutadores");
  });

  it("[AS10.6] member-typed text cannot become Markdown structure", () => {
    expect(escapeMarkdown("# [link](x) *b* <i>\nline")).toBe("\\# \\[link\\](x) \\*b\\* \\<i\\> line");
  });
});
