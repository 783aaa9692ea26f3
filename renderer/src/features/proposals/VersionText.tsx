import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { useMemberLabel } from "../profiles/index.js";
import type { ProposalDetail, VersionEntry } from "@chapterhouse/crdt/proposals";

/**
 * One published version: its number, who published it and when, the amendments it took in, its
 * text and options; what a vote binds to (its text hash, PROTOCOL.md P3.2) in its details.
 */
export function VersionText({
  version,
  detail,
  current,
  headingLevel = 2,
}: {
  readonly version: VersionEntry;
  readonly detail: ProposalDetail;
  /** The latest version: the text under discussion and the one a vote is opened on. */
  readonly current: boolean;
  readonly headingLevel?: 2 | 3;
}) {
  const t = useT("proposals");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const ids = useId();
  const Heading = `h${headingLevel}` as const;
  const amendmentNumber = new Map(detail.amendments.map((amendment, i) => [amendment.id, i + 1]));
  const accepted = version.accepts.map((id) => amendmentNumber.get(id)).filter((n): n is number => n !== undefined);
  return (
    <article className="version" aria-labelledby={`${ids}-title`} data-version={version.n} data-record={version.id} data-current={current}>
      <Heading id={`${ids}-title`} className="version-title">
        {current ? t("version.current", { n: format.count(version.n) }) : t("version.numbered", { n: format.count(version.n) })}
      </Heading>
      <p className="version-byline">
        <span>{t("version.publishedBy", { member: labelOf(version.signer), date: format.dateTime(version.at) })}</span>
        {accepted.length === 0 ? null : (
          <span>{t("version.accepts", { count: accepted.length, amendments: format.list(accepted.map((n) => t("amendments.number", { n: format.count(n) }))) })}</span>
        )}
      </p>
      <div className="version-text">{version.text}</div>
      {version.options.length === 0 ? null : (
        <>
          <Heading className="version-options-title">{t("version.options")}</Heading>
          <ul className="version-options" aria-label={t("version.optionsOf", { n: format.count(version.n) })}>
            {version.options.map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ul>
        </>
      )}
      <Disclosure title={t("version.details")} headingLevel={headingLevel === 2 ? 3 : 4}>
        <DataList
          items={[
            { id: "hash", term: t("version.textHash"), details: <code>{version.textHash}</code> },
            { id: "record", term: t("version.record"), details: <code>{version.id}</code> },
          ]}
        />
        <p className="version-details-help">{t("version.textHashHelp")}</p>
      </Disclosure>
    </article>
  );
}
