import type { Convening } from "@chapterhouse/crdt/assemblies";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Link } from "../../shared/ui/Link.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { Problem } from "../../shared/ui/Problem.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { conveneAssembly } from "./assembly-actions.js";
import { assemblyPath } from "./paths.js";
import { quorumOfPercent } from "./quorum-of-percent.js";
import { useAction } from "./use-action.js";
import "./assemblies.css";

/** What the event screen says of an event's assemblies (PROTOCOL.md AS2): a link to each, and for its organiser, holding it as an assembly. */
export interface EventAssembliesProps {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly event: RecordId;
  readonly organiser: boolean;
  /** The chapter's valid assemblies (crdt's `readChapterEvents`); those of this event are shown. */
  readonly assemblies: readonly Convening[];
}

/** The event's assemblies, and convening one. */
export function EventAssemblies({ space, session, organisation, chapter, event, organiser, assemblies }: EventAssembliesProps) {
  const t = useT("assemblies");
  const format = useFormat();
  const { busy, failure, run } = useAction();
  const [withQuorum, setWithQuorum] = useState(true);
  const [percent, setPercent] = useState(50);
  const own = assemblies.filter((entry) => entry.event === event && entry.chapter === chapter);
  if (own.length === 0 && !organiser) return null;
  return (
    <section className="assembly-card" aria-labelledby="event-assemblies-title">
      <h2 id="event-assemblies-title">{t("event.title")}</h2>
      {own.length === 0 ? <p>{t("event.none")}</p> : null}
      <ul className="assembly-people">
        {own.map((entry, i) => (
          <li key={entry.id}>
            <Link href={assemblyPath.href({ organisation, chapter, assembly: entry.id })} variant="standalone">
              {t("event.open", { number: format.count(i + 1) })}
            </Link>
          </li>
        ))}
      </ul>
      {organiser ? (
        <div className="assembly-form">
          <Checkbox isSelected={withQuorum} onChange={setWithQuorum}>
            {t("event.useQuorum")}
          </Checkbox>
          {withQuorum ? <NumberField label={t("event.quorum")} description={t("event.quorumHelp")} value={percent} minValue={1} maxValue={100} onChange={setPercent} /> : null}
          <Button variant="primary" isDisabled={busy} onPress={() => run(() => conveneAssembly(space, session, chapter, event, withQuorum ? quorumOfPercent(percent) : null))}>
            {t("event.convene")}
          </Button>
        </div>
      ) : null}
      {failure === null ? null : <Problem>{failure}</Problem>}
    </section>
  );
}
