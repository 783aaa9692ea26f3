import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { DraftEditor } from "./DraftEditor.js";
import type { ProposalViewProps } from "./ProposalPage.js";
import { PublishVersion } from "./PublishVersion.js";
import { RefusedRecords } from "./RefusedRecords.js";
import { VersionText } from "./VersionText.js";

/**
 * The proposal's text: the current version; while it is drafted or discussed, the shared draft of
 * the next one (and, for its author or a facilitator, publishing it); earlier versions folded.
 */
export function ProposalText({ space, proposals, detail, handle, isMember, decides }: ProposalViewProps) {
  const t = useT("proposals");
  const format = useFormat();
  const ids = useId();
  const latest = detail.versions.at(-1);
  const earlier = detail.versions.slice(0, -1).reverse();
  const drafting = detail.stage === "draft" || detail.stage === "deliberation";
  const next = (latest?.n ?? 0) + 1;
  return (
    <div className="proposal-text">
      {latest === undefined ? null : <VersionText version={latest} detail={detail} current />}
      {drafting ? (
        <section className="draft" aria-labelledby={`${ids}-draft`}>
          <h2 id={`${ids}-draft`}>{latest === undefined ? t("draft.titleFirst") : t("draft.titleNext", { n: format.count(next) })}</h2>
          {latest === undefined ? <p className="draft-intro">{t("draft.noVersionYet")}</p> : null}
          {handle === undefined ? (
            <Skeleton lines={4} />
          ) : isMember ? (
            <DraftEditor handle={handle} latest={latest} />
          ) : (
            <p className="draft-intro">{t("draft.membersOnly")}</p>
          )}
          {handle !== undefined && decides ? (
            <PublishVersion context={{ space, session: proposals }} detail={detail} handle={handle} />
          ) : (
            <p className="draft-intro">{t("draft.whoPublishes")}</p>
          )}
        </section>
      ) : null}
      {earlier.length === 0 ? null : (
        <Disclosure title={t("versions.earlier", { count: earlier.length, n: format.count(earlier.length) })} headingLevel={2}>
          <div className="earlier-versions" role="list" aria-label={t("versions.earlierLabel")}>
            {earlier.map((version) => (
              <div role="listitem" key={version.id}>
                <VersionText version={version} detail={detail} current={false} headingLevel={3} />
              </div>
            ))}
          </div>
        </Disclosure>
      )}
      <RefusedRecords refused={detail.refused} />
    </div>
  );
}
