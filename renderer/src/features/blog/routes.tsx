import { route } from "../../shared/routing/route.js";
import { AdoptLessonScreen } from "./AdoptLessonScreen.js";
import { NewPostScreen } from "./NewPostScreen.js";
import { adoptLessonPath, newPostPath, postPath } from "./paths.js";
import { PostScreen } from "./PostScreen.js";

/** The blog's screens, registered by src/app/features.ts. */
export const blogRoutes = [
  route(postPath, ({ organisation, chapter, post }) => <PostScreen key={`${organisation}/${chapter}/${post}`} organisation={organisation} chapter={chapter} post={post} />, ({ organisation, chapter }) => ({ organisation, chapter })),
  route(newPostPath, ({ organisation, chapter }) => <NewPostScreen key={`${organisation}/${chapter}`} organisation={organisation} chapter={chapter} />, ({ organisation, chapter }) => ({ organisation, chapter })),
  route(
    adoptLessonPath,
    ({ organisation, chapter, post, adopting }) => <AdoptLessonScreen key={`${organisation}/${chapter}/${post}/${adopting}`} organisation={organisation} chapter={chapter} post={post} adopting={adopting} />,
    ({ organisation, adopting }) => ({ organisation, chapter: adopting }),
  ),
];
