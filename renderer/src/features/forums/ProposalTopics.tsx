import type { ChapterId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import type { ProposalPlace } from "../../shared/routing/proposal-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { topicPath } from "./paths.js";
import { useForum } from "./use-forum.js";

/** On a proposal's page, the forum topics it was started from (PROTOCOL.md FO4): the link back. */
export function ProposalTopics({ organisation, chapter, proposal }: ProposalPlace) {
  const t = useT("forums");
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useForum(session, chapter as ChapterId);
  const topics = (value?.topics ?? []).filter((topic) => topic.proposals.includes(proposal as never));
  return (
    <section className="proposal-topics">
      <h2>{t("fromTopic.heading")}</h2>
      {value === undefined ? (
        <p aria-busy="true">{t("topic.reading")}</p>
      ) : topics.length === 0 ? (
        <p>{t("fromTopic.none")}</p>
      ) : (
        <ul>
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link href={topicPath.href({ organisation, chapter, topic: topic.id })}>
                {t("fromTopic.topic", { title: topic.title })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
