import type { BlogPost } from "@chapterhouse/crdt/blog";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Select } from "../../shared/ui/Select.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { shareLesson } from "./blog-actions.js";
import { useBlogProblem } from "./use-blog-problem.js";

/** Sharing a lesson to another chapter (BL3), by a member of the lesson's chapter. */
export function ShareLessonForm({
  post,
  session,
  space,
}: {
  readonly post: BlogPost;
  readonly session: OpenOrganisation;
  readonly space: MemberSpace;
}) {
  const t = useT("blog");
  const problemText = useBlogProblem();
  const [to, setTo] = useState<ChapterId | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const options = [...session.view.get().roster.chapters]
    .filter(([id]) => id !== post.chapter && !post.shares.some((share) => share.chapter === id))
    .map(([id, entry]) => ({ id, label: entry.name }));
  if (options.length === 0) return null;
  return (
    <Form
      aria-label={t("lesson.share")}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(undefined);
        shareLesson(space, session, post.chapter, post.id, to).then(
          () => {
            setTo(undefined);
            setBusy(false);
          },
          (failure: unknown) => {
            setProblem(problemText(failure));
            setBusy(false);
          },
        );
      }}
    >
      <Select
        label={t("lesson.shareTo")}
        options={options}
        selectedKey={to ?? null}
        onSelectionChange={(key) => setTo(key === null ? undefined : (String(key) as ChapterId))}
        {...(problem === undefined ? {} : { errorMessage: problem })}
      />
      <FormActions>
        <Button type="submit" isPending={busy}>
          {t("lesson.share")}
        </Button>
      </FormActions>
    </Form>
  );
}
