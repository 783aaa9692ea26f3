import type { BlogPost } from "@chapterhouse/crdt/blog";
import { roomMemberDeps } from "@chapterhouse/crdt/chat";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { adoptLessonPath } from "./paths.js";

/** Adopting a lesson in one of the member's chapters (BL4): the proposal form there, prefilled. */
export function AdoptLessonForm({
  post,
  session,
  space,
  organisation,
}: {
  readonly post: BlogPost;
  readonly session: OpenOrganisation;
  readonly space: MemberSpace;
  readonly organisation: string;
}) {
  const t = useT("blog");
  const [chapter, setChapter] = useState<ChapterId | undefined>(undefined);
  const roster = session.view.get().roster;
  const options = [...roster.chapters]
    .filter(
      ([id]) =>
        id !== post.chapter &&
        roomMemberDeps(roster, { chapter: id, access: "subtree", members: [] }, space.member.key) !==
          undefined,
    )
    .map(([id, entry]) => ({ id, label: entry.name }));
  if (options.length === 0) return null;
  return (
    <div className="blog-adopt">
      <Select
        label={t("lesson.adoptIn")}
        options={options}
        selectedKey={chapter ?? null}
        onSelectionChange={(key) => setChapter(key === null ? undefined : (String(key) as ChapterId))}
      />
      {chapter === undefined ? null : (
        <Link
          href={adoptLessonPath.href({
            organisation,
            chapter: post.chapter,
            post: post.id,
            adopting: chapter,
          })}
          variant="standalone"
        >
          {t("lesson.adopt")}
        </Link>
      )}
    </div>
  );
}
