import type { BlogPost, LessonAdoption } from "@chapterhouse/crdt/blog";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { DecisionDissents } from "../dissent/index.js";
import { chapterPath, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { proposalPath } from "../proposals/index.js";
import { decisionsPath, useDecisionEntries } from "../votes/index.js";
import { AdoptLessonForm } from "./AdoptLessonForm.js";
import { ShareLessonForm } from "./ShareLessonForm.js";

/** A lesson's decisions (with their dissents, DS4), where it was shared and adopted, and the forms to share and adopt it. */
export function Lesson({
  post,
  session,
  space,
  place,
  isMember,
}: {
  readonly post: BlogPost;
  readonly session: OpenOrganisation;
  readonly space: MemberSpace;
  readonly place: { readonly organisation: string; readonly chapter: ChapterId };
  readonly isMember: boolean;
}) {
  const t = useT("blog");
  const format = useFormat();
  const ids = useId();
  const roster = session.view.get().roster;
  const nameOf = (chapter: ChapterId) => roster.chapters.get(chapter)?.name ?? "…";
  const entries = useDecisionEntries(
    documentUrlOf(place.organisation),
    roster.chapters.get(post.chapter)?.document,
  );
  return (
    <>
      <section aria-labelledby={`${ids}-decisions`}>
        <h2 id={`${ids}-decisions`}>{t("lesson.decisions")}</h2>
        <ul className="blog-decisions">
          {post.decisions.map((decision) => {
            const entry = entries?.find((candidate) => candidate.id === decision);
            return (
              <li key={decision} data-decision={decision}>
                <Link href={decisionsPath.href({ organisation: place.organisation, chapter: post.chapter })}>
                  {t("lesson.decision", {
                    title: entry?.title ?? t("lesson.untitled"),
                    date: entry === undefined ? "…" : format.date(entry.at),
                  })}
                </Link>
                <DecisionDissents
                  space={space}
                  session={session}
                  chapter={post.chapter}
                  decision={decision}
                />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby={`${ids}-shared`}>
        <h2 id={`${ids}-shared`}>{t("lesson.sharedHeading")}</h2>
        {post.shares.length === 0 ? (
          <p>{t("lesson.notShared")}</p>
        ) : (
          <ul aria-label={t("lesson.sharedHeading")}>
            {post.shares.map((share) => (
              <li key={share.id}>
                <Link href={chapterPath.href({ organisation: place.organisation, chapter: share.chapter })}>
                  {nameOf(share.chapter)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {isMember ? <ShareLessonForm post={post} session={session} space={space} /> : null}
      </section>
      <section aria-labelledby={`${ids}-adopted`}>
        <h2 id={`${ids}-adopted`}>{t("lesson.adoptedHeading")}</h2>
        {post.adoptions.length === 0 ? (
          <p>{t("lesson.notAdopted")}</p>
        ) : (
          <ul aria-label={t("lesson.adoptedHeading")}>
            {post.adoptions.map((adoption) => (
              <Adoption
                key={adoption.id}
                adoption={adoption}
                session={session}
                organisation={place.organisation}
                name={nameOf(adoption.chapter)}
              />
            ))}
          </ul>
        )}
        <AdoptLessonForm post={post} session={session} space={space} organisation={place.organisation} />
      </section>
    </>
  );
}
/** Where a lesson was adopted: the chapter, its proposal and what the chapter decided on it (its decisions log, V7). */
function Adoption({
  adoption,
  session,
  organisation,
  name,
}: {
  readonly adoption: LessonAdoption;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly name: string;
}) {
  const t = useT("blog");
  const format = useFormat();
  const document = session.view.get().roster.chapters.get(adoption.chapter)?.document;
  const entries = useDecisionEntries(documentUrlOf(organisation), document);
  const decided = entries?.find((entry) => entry.proposal === adoption.proposal);
  return (
    <li data-adoption={adoption.id}>
      <Link
        href={proposalPath.href({ organisation, chapter: adoption.chapter, proposal: adoption.proposal })}
      >
        {t("lesson.adoptedBy", { chapter: name })}
      </Link>{" "}
      <span className="blog-meta">
        {decided === undefined ? (
          t("lesson.undecided")
        ) : (
          <Link href={decisionsPath.href({ organisation, chapter: adoption.chapter })}>
            {t("lesson.decided", { date: format.date(decided.at) })}
          </Link>
        )}
      </span>
    </li>
  );
}
