import { route } from "../../shared/routing/route.js";
import { topicPath, topicProposalPath } from "./paths.js";
import { TopicProposalScreen } from "./TopicProposalScreen.js";
import { TopicScreen } from "./TopicScreen.js";

/** The forum's screens, registered by src/app/features.ts. */
export const forumRoutes = [
  route(
    topicPath,
    ({ organisation, chapter, topic }) => (
      <TopicScreen
        key={`${organisation}/${chapter}/${topic}`}
        organisation={organisation}
        chapter={chapter}
        topic={topic}
      />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    topicProposalPath,
    ({ organisation, chapter, topic }) => (
      <TopicProposalScreen
        key={`${organisation}/${chapter}/${topic}`}
        organisation={organisation}
        chapter={chapter}
        topic={topic}
      />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
