import { postParts } from "@chapterhouse/crdt/blog";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { NewProposalScreen } from "../proposals/index.js";
import { adoptLesson } from "./blog-actions.js";
import { postPath } from "./paths.js";
import { usePost } from "./use-blog.js";

/** The route's lesson, and the chapter adopting it. */
export interface AdoptLessonRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly post: string;
  readonly adopting: string;
}

/**
 * Adopting a lesson (PROTOCOL.md BL4): the proposal form of the adopting chapter prefilled with the
 * lesson's title and text; once the proposal is started, a `lesson-adoption` record says it adopts
 * the lesson, so the proposal links back to the lesson and its decisions, and the lesson lists it.
 */
export function AdoptLessonScreen(route: AdoptLessonRoute) {
  const t = useT("blog");
  return <RequireUnlocked title={t("adopt.title")}>{(space) => <AdoptLesson space={space} {...route} />}</RequireUnlocked>;
}

function AdoptLesson({ space, organisation, chapter, post, adopting }: AdoptLessonRoute & { readonly space: MemberSpace }) {
  const t = useT("blog");
  const { session } = useOrganisation(space, organisation);
  const { value } = usePost(space, session, chapter as ChapterId, post as RecordId, 1);
  const lesson = value?.post;
  if (value === undefined || lesson === null || lesson === undefined || lesson.decisions.length === 0) {
    return (
      <div>
        <PageHeading>{t("adopt.title")}</PageHeading>
        <p aria-busy={value === undefined}>{value === undefined ? t("post.reading") : t("adopt.notLesson")}</p>
        <Link href={postPath.href({ organisation, chapter, post })}>{t("adopt.back")}</Link>
      </div>
    );
  }
  // The lesson's text is its author's first message (BL5), read when the post is short; else the form starts from the title alone.
  const text = value.from === 0 ? (postParts(lesson, value.room.timeline.messages).text?.text ?? "") : "";
  return (
    <NewProposalScreen
      organisation={organisation}
      chapter={adopting}
      origin={{
        title: lesson.title,
        draft: text,
        afterCreate: (member, session, proposal) => adoptLesson(member, session, adopting as ChapterId, lesson.chapter, lesson.id, proposal),
      }}
    />
  );
}
