import { useT } from "../../shared/i18n/use-t.js";
import type { ProposalPlace } from "../../shared/routing/proposal-sections.js";
import { Link } from "../../shared/ui/Link.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { decisionsPath } from "../votes/index.js";
import { postPath } from "./paths.js";
import { useBlog } from "./use-blog.js";

/** On a proposal's page, the lessons it adopts (PROTOCOL.md BL4): the link back to each, its chapter and the decisions it came from. */
export function ProposalLessons({ organisation, chapter, proposal }: ProposalPlace) {
  const t = useT("blog");
  const { space } = useMemberSpace();
  const { session } = useOrganisation(space, organisation);
  const { value } = useBlog(session);
  const roster = session?.view.get().roster;
  const lessons = (value?.posts ?? []).filter((post) => post.adoptions.some((adoption) => adoption.chapter === chapter && adoption.proposal === proposal));
  return (
    <section className="proposal-lessons">
      <h2>{t("fromLesson.heading")}</h2>
      {value === undefined ? (
        <p aria-busy="true">{t("post.reading")}</p>
      ) : lessons.length === 0 ? (
        <p>{t("fromLesson.none")}</p>
      ) : (
        <ul>
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <Link href={postPath.href({ organisation, chapter: lesson.chapter, post: lesson.id })}>{t("fromLesson.lesson", { title: lesson.title, chapter: roster?.chapters.get(lesson.chapter)?.name ?? "…" })}</Link>{" "}
              <Link href={decisionsPath.href({ organisation, chapter: lesson.chapter })}>{t("fromLesson.decisions", { count: lesson.decisions.length })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
