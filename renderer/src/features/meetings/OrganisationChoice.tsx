import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import "./meetings.css";

/** An organisation the member may sync through a meeting. */
export interface OrganisationOption {
  readonly url: DocumentUrl;
  readonly name: string;
}

/**
 * Which of the member's organisations a meeting syncs: only these are announced to the
 * meeting's relay (DESIGN.md §7). `options` undefined: the identity is locked.
 */
export function OrganisationChoice({
  options,
  chosen,
  onChange,
}: {
  readonly options: readonly OrganisationOption[] | undefined;
  readonly chosen: ReadonlySet<DocumentUrl>;
  readonly onChange: (chosen: ReadonlySet<DocumentUrl>) => void;
}) {
  const t = useT("meetings");
  if (options === undefined) return <p className="meetings-muted">{t("choice.locked")}</p>;
  if (options.length === 0) return <p className="meetings-muted">{t("choice.none")}</p>;
  return (
    <Fieldset legend={t("choice.legend")} help={t("choice.help")}>
      {options.map((option) => (
        <Checkbox
          key={option.url}
          isSelected={chosen.has(option.url)}
          onChange={(selected) => {
            const next = new Set(chosen);
            if (selected) next.add(option.url);
            else next.delete(option.url);
            onChange(next);
          }}
        >
          {option.name}
        </Checkbox>
      ))}
    </Fieldset>
  );
}
