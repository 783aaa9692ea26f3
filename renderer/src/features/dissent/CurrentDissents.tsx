import type { RecordId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { DissentItem } from "./DissentItem.js";
import { useLinkedDissents } from "./use-dissents.js";
import "./dissent.css";

/**
 * The dissenting statements their authors linked to a current (PROTOCOL.md DS6), from every
 * chapter's decisions log on this device, each with its chapter; hidden ones hidden with the
 * moderator's reason (DS3), hidden or shown again from the decisions log.
 */
export function CurrentDissents({ session, current }: { readonly session: OpenOrganisation; readonly current: RecordId }) {
  const t = useT("dissent");
  const ids = useId();
  const { value } = useLinkedDissents(session, current);
  const chapters = session.view.get().roster.chapters;
  const dissents = value?.dissents ?? [];
  return (
    <section className="dissents" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("linkedHeading", { count: dissents.length })}</h2>
      {dissents.length === 0 ? (
        <p>{value === undefined ? t("reading") : t("noneLinked")}</p>
      ) : (
        <ul className="dissent-list" aria-labelledby={`${ids}-heading`}>
          {dissents.map((dissent) => (
            <DissentItem key={dissent.id} dissent={dissent} place={t("inChapter", { chapter: chapters.get(dissent.chapter)?.name ?? dissent.chapter })} onHide={undefined} />
          ))}
        </ul>
      )}
    </section>
  );
}
