import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { NewProposalScreen } from "../proposals/index.js";
import { linkProposal } from "./forum-actions.js";
import { topicPath } from "./paths.js";
import { useTopic } from "./use-forum.js";

/** The route's topic. */
export interface TopicProposalRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly topic: string;
}

/**
 * "Turn this topic into a proposal" (PROTOCOL.md FO4): the proposal form prefilled with the
 * topic's title and its opening post; once the proposal is started, a `topic-proposal` record
 * says it came from the topic, so each shows the other.
 */
export function TopicProposalScreen(route: TopicProposalRoute) {
  const t = useT("forums");
  return (
    <RequireUnlocked title={t("propose.title")}>
      {(space) => <TopicProposal space={space} {...route} />}
    </RequireUnlocked>
  );
}

function TopicProposal({
  space,
  organisation,
  chapter,
  topic,
}: TopicProposalRoute & { readonly space: MemberSpace }) {
  const t = useT("forums");
  const { session } = useOrganisation(space, organisation);
  const { value } = useTopic(space, session, chapter as ChapterId, topic as RecordId, 1);
  const read = value?.topic;
  if (value === undefined || read === null || read === undefined) {
    return (
      <div>
        <PageHeading>{t("propose.title")}</PageHeading>
        <p aria-busy={value === undefined}>
          {value === undefined ? t("topic.reading") : t("topic.notFound")}
        </p>
        <Link href={topicPath.href({ organisation, chapter, topic })}>{t("propose.back")}</Link>
      </div>
    );
  }
  // The opening post is the first of the topic's posts (FO5.2), on page 0, read when the topic is short; else the form starts empty.
  const opening =
    value.from === 0
      ? (value.room.timeline.messages.find((post) => !post.deleted && post.hidden === null)?.text ?? "")
      : "";
  return (
    <NewProposalScreen
      organisation={organisation}
      chapter={chapter}
      origin={{
        title: read.title,
        draft: opening,
        afterCreate: (member, session, proposal) =>
          linkProposal(member, session, chapter as ChapterId, read.id, proposal),
      }}
    />
  );
}
