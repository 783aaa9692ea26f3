/**
 * The minutes as Markdown for people (PROTOCOL.md AS10.6): the signed content (AS10.4) in the
 * reader's language, with names and times, for the download and the printable page. Only the
 * canonical JSON is signed; this is its rendering. Text members typed (titles, questions, labels,
 * names) is escaped so it cannot turn into Markdown structure. Never throws.
 */
import type { MinutesContent, MinutesItem, MinutesState } from "@chapterhouse/crdt/assemblies";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { Format } from "../../shared/i18n/format.js";
import type { useT } from "../../shared/i18n/use-t.js";
import { clockFace } from "./speech-seconds.js";

/** What the rendering needs from the screen: both catalogues, the formatters and the members' names. */
export interface MinutesWords {
  readonly t: ReturnType<typeof useT<"minutes">>;
  readonly ta: ReturnType<typeof useT<"assemblies">>;
  readonly format: Format;
  readonly name: (member: MemberKey) => string;
}

/** Member-typed text as Markdown that shows it as typed: no heading, list, emphasis, link or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\n/g, " ");
}

const titlesOf = (items: readonly MinutesItem[], into = new Map<RecordId, string>()): Map<RecordId, string> => {
  for (const item of items) {
    into.set(item.item, item.title);
    titlesOf(item.children, into);
  }
  return into;
};

/** The minutes' title and body in Markdown; the download is `# title`, a blank line and the body. */
export function minutesMarkdown(minutes: MinutesState, eventTitle: string, words: MinutesWords): { readonly title: string; readonly body: string } {
  const { t, ta, format, name } = words;
  const content: MinutesContent = minutes.content;
  const who = (key: MemberKey) => escapeMarkdown(name(key));
  const titles = titlesOf(content.agenda);
  const itemTitle = (item: RecordId) => escapeMarkdown(titles.get(item) ?? t("minutes.unknownItem"));
  const lines: string[] = [];
  const section = (title: string) => lines.push("", `## ${title}`, "");

  lines.push(t("minutes.chairs", { names: format.list(content.chairs.map(who)) }));
  lines.push("", content.quorum === null ? t("minutes.noQuorum") : t("minutes.quorum", { fraction: format.fraction(content.quorum) }));
  lines.push("", `${t("minutes.secretary")}: ${content.secretary === null ? t("minutes.noSecretary") : who(content.secretary)}`);
  lines.push("", t("minutes.until", { time: format.dateTime(content.until) }));

  section(t("minutes.sections.attendance"));
  if (content.attendance.length === 0) lines.push(t("minutes.nobody"));
  for (const entry of content.attendance) {
    const said = t(entry.kind === "check-in" ? "minutes.checkedIn" : "minutes.checkedOut", { time: format.time(entry.at), name: who(entry.member) });
    lines.push(`- ${said}${entry.attested ? ` ${t("minutes.byChair")}` : ""}`);
  }

  section(t("minutes.sections.agenda"));
  const agenda = (items: readonly MinutesItem[], depth: number): void =>
    items.forEach((item, i) => {
      const times = content.current.filter((entry) => entry.item === item.item).map((entry) => format.time(entry.at));
      const more = [...(times.length === 0 ? [] : [t("minutes.takenUp", { times: format.list(times) })]), ...(item.links.length === 0 ? [] : [t("minutes.linked", { count: item.links.length })])];
      lines.push(`${"   ".repeat(depth)}${i + 1}. ${escapeMarkdown(item.title)}${more.length === 0 ? "" : ` — ${more.join("; ")}`}`);
      agenda(item.children, depth + 1);
    });
  if (content.agenda.length === 0) lines.push(ta("agenda.empty"));
  agenda(content.agenda, 0);

  section(t("minutes.sections.results"));
  if (content.results.length === 0) lines.push(t("minutes.noResults"));
  for (const result of content.results) {
    const counts = [...result.options.map((option) => `${escapeMarkdown(option.label)} ${format.count(option.count)}`)].join(", ");
    lines.push(`- **${t("minutes.result", { question: escapeMarkdown(result.question), method: t(`results.method.${result.method}`), item: itemTitle(result.item) })}**`);
    lines.push(`  - ${t("minutes.resultCounts", { counts, abstentions: format.count(result.abstentions), present: format.count(result.present), electorate: format.count(result.electorate) })}`);
    lines.push(`  - ${t("minutes.resultOutcome", { outcome: t(`results.outcome.${result.outcome}`, { option: escapeMarkdown(result.winner ?? "") }), status: t(`results.status.${result.status}`), tellers: format.list(result.tellers.map(who)) })}`);
  }

  section(t("minutes.sections.speeches"));
  if (content.speeches.length === 0) lines.push(t("minutes.noSpeeches"));
  for (const item of [...new Set(content.speeches.map((speech) => speech.item))]) {
    lines.push(`### ${t("minutes.itemOf", { title: itemTitle(item) })}`, "");
    for (const speech of content.speeches.filter((entry) => entry.item === item)) {
      const as = ta(`speakers.as.${speech.as}`);
      lines.push(`- ${speech.seconds === 0 || speech.seconds === null ? t("minutes.passed", { name: who(speech.member), as }) : t("minutes.speech", { name: who(speech.member), as, time: clockFace(speech.seconds) })}`);
    }
    lines.push("");
  }

  section(t("minutes.sections.notes"));
  for (const [title, text] of [
    [t("minutes.chairNotes"), content.notes.chair],
    [t("minutes.secretaryNotes"), content.notes.secretary],
  ] as const) {
    lines.push(`### ${title}`, "", text === "" ? t("minutes.noNotes") : text.split("\n").map(escapeMarkdown).join("  \n"), "");
  }

  section(t("minutes.sections.signatures"));
  for (const as of ["chair", "secretary"] as const) {
    const signature = minutes.signatures[as];
    const state = signature === null ? t("minutes.signature.none") : t(signature.matches && signature.digest === minutes.digest ? "minutes.signature.valid" : "minutes.signature.stale", { name: who(signature.signer) });
    lines.push(`- ${t(`minutes.signature.${as}`)}: ${state}`);
  }
  lines.push("", minutes.signed ? t("minutes.signed") : t("minutes.unsigned"), "", t("minutes.digest", { digest: `\`${minutes.digest}\`` }));
  return { title: t("minutes.title", { event: escapeMarkdown(eventTitle) }), body: `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n` };
}
