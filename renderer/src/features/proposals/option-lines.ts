/**
 * A version's options (PROTOCOL.md P3) from what a member types, one option per line: each label
 * trimmed, blank lines and repeated labels dropped; each id kept from the previous version's option
 * of the same label, else made from the label (lower-case letters, digits and hyphens, P3's
 * pattern), made unique with a number.
 */
import type { VersionOption } from "@chapterhouse/crdt/proposals";

const MAX_ID = 64;

/** An option id (`^[a-z0-9][a-z0-9-]{0,63}$`) from a label: "Café Oslo!" → "cafe-oslo". Never throws. */
export function optionId(label: string): string {
  const slug = label
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_ID)
    .replace(/-+$/, "");
  return slug === "" ? "option" : slug;
}

/** The options typed in `text`, one per line, ids kept from `previous` by label. Never throws. */
export function optionsFromLines(text: string, previous: readonly VersionOption[]): VersionOption[] {
  const labels = [
    ...new Set(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    ),
  ];
  const taken = new Set<string>();
  const options: VersionOption[] = [];
  for (const label of labels) {
    const kept = previous.find((o) => o.label === label && !taken.has(o.id));
    let id = kept?.id ?? optionId(label);
    for (let n = 2; taken.has(id); n++)
      id = `${optionId(label).slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    taken.add(id);
    options.push({ id, label });
  }
  return options;
}

/** The lines `optionsFromLines` reads back as `options`. Never throws. */
export function optionLines(options: readonly VersionOption[]): string {
  return options.map((o) => o.label).join("\n");
}
