import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo, useState } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { SummaryList, SummaryMeta } from "../../shared/ui/SummaryList.js";
import { chapterSectionPath, useMemberSpace, useOrganisation } from "../organisation/index.js";
import { PROPOSALS_SECTION } from "../proposals/index.js";
import { chapterVotesQuery } from "./chapter-votes-query.js";
import { voteHref } from "./home-items.js";
import { useVotesWorker } from "./votes-worker.js";

/** The chapter home page's open votes, soonest closing first, each saying whether the member voted and linking to its ballot. */
export function OpenVotesSummary({ organisation, chapter }: ChapterPlace) {
  const t = useT("votes");
  const format = useFormat();
  const worker = useVotesWorker();
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const [now] = useState(() => Date.now());
  const member = space?.member.key;
  const spec = useMemo(
    () => (session === undefined || member === undefined ? undefined : chapterVotesQuery(worker, session, chapter as ChapterId, member, now)),
    [worker, session, chapter, member, now],
  );
  const votes = useQuery(spec).value;
  const items = votes === undefined ? undefined : [...votes].sort((a, b) => a.closesAt - b.closesAt);
  return (
    <SummaryList
      title={t("homePage.heading")}
      items={items?.map((vote) => ({
        key: vote.proposal,
        content: (
          <>
            <Link href={voteHref(organisation, vote.chapter, vote.proposal)}>{vote.title}</Link>{" "}
            {vote.voted ? <StatusPill tone="success">{t("homePage.voted")}</StatusPill> : <StatusPill tone="warning">{t("homePage.notVoted")}</StatusPill>}{" "}
            <SummaryMeta>{t("homePage.closes", { time: format.dateTime(vote.closesAt) })}</SummaryMeta>
          </>
        ),
      }))}
      empty={
        <>
          {t("homePage.none")}{" "}
          <Link href={chapterSectionPath.href({ organisation, chapter, section: PROPOSALS_SECTION })}>{t("homePage.toProposals")}</Link>
        </>
      }
    />
  );
}
