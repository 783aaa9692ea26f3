import { MAX_LESSON_DECISIONS, MAX_POST_TITLE_LENGTH } from "@chapterhouse/crdt/blog";
import { MAX_MESSAGE_LENGTH } from "@chapterhouse/crdt/chat";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useEffect, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { TextField } from "../../shared/ui/TextField.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { useDecisionEntries } from "../votes/index.js";
import { publishPost } from "./blog-actions.js";
import { loadPostDraft, savePostDraft, savePostText, type PostDraft } from "./blog-local.js";
import { postPath } from "./paths.js";
import { useBlogProblem } from "./use-blog-problem.js";

/** The route's chapter. */
export interface NewPostRoute {
  readonly organisation: string;
  readonly chapter: string;
}

/** Writing a post of a chapter (PROTOCOL.md BL2): a title, its text in Markdown and, for a lesson, the decisions it came from; kept on the device as it is written. */
export function NewPostScreen(route: NewPostRoute) {
  const t = useT("blog");
  return <RequireUnlocked title={t("new.title")}>{(space) => <NewPost space={space} {...route} />}</RequireUnlocked>;
}

function NewPost({ space, organisation, chapter }: NewPostRoute & { readonly space: MemberSpace }) {
  const t = useT("blog");
  const format = useFormat();
  const { db } = useAppData();
  const problemText = useBlogProblem();
  const { session, view } = useOrganisation(space, organisation);
  const document = view?.roster.chapters.get(chapter as ChapterId)?.document;
  const decisions = useDecisionEntries(documentUrlOf(organisation), document);
  const [draft, setDraft] = useState<PostDraft | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // The draft survives a reload: read once, kept on every change (device-local).
  useEffect(() => {
    void loadPostDraft(db, chapter).then((kept) => setDraft((current) => current ?? kept));
  }, [db, chapter]);
  const pending = organisationPending(view);
  const back = (
    <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
      {t("new.back")}
    </Link>
  );
  if (pending !== undefined || session === undefined || draft === undefined) {
    return (
      <div>
        <PageHeading>{t("new.title")}</PageHeading>
        <p aria-busy="true">{pending ?? t("new.reading")}</p>
        {back}
      </div>
    );
  }
  const change = (next: PostDraft) => {
    setDraft(next);
    void savePostDraft(db, chapter, next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const post = await publishPost(space, session, chapter as ChapterId, { title: draft.title, text: draft.text, decisions: draft.decisions as RecordId[] });
      // The text waits on this device until the post's screen posts it on the post's room (so a reload loses nothing).
      await savePostText(db, post, draft.text.trim());
      await savePostDraft(db, chapter, { title: "", text: "", decisions: [] });
      navigate(postPath.href({ organisation, chapter, post }));
    } catch (failure) {
      setProblem(problemText(failure));
      setBusy(false);
    }
  };
  return (
    <div className="blog-new">
      <PageHeading>{t("new.title")}</PageHeading>
      {back}
      <Form onSubmit={(event) => void submit(event)} aria-label={t("new.title")}>
        <TextField
          label={t("new.postTitle")}
          value={draft.title}
          onChange={(title) => change({ ...draft, title })}
          limit={MAX_POST_TITLE_LENGTH}
          isRequired
          {...(problem === undefined ? {} : { errorMessage: problem })}
        />
        <TextField
          label={t("new.text")}
          description={t("new.markdown")}
          value={draft.text}
          onChange={(text) => change({ ...draft, text })}
          multiline
          rows={8}
          limit={MAX_MESSAGE_LENGTH}
          isRequired
        />
        <Fieldset legend={t("new.decisions")} help={t("new.decisionsHelp", { count: MAX_LESSON_DECISIONS })}>
          {decisions === undefined ? (
            <p aria-busy="true">{t("new.reading")}</p>
          ) : decisions.length === 0 ? (
            <p>{t("new.noDecisions")}</p>
          ) : (
            decisions.map((decision) => (
              <Checkbox
                key={decision.id}
                isSelected={draft.decisions.includes(decision.id)}
                isDisabled={!draft.decisions.includes(decision.id) && draft.decisions.length >= MAX_LESSON_DECISIONS}
                onChange={(on) => change({ ...draft, decisions: on ? [...draft.decisions, decision.id] : draft.decisions.filter((id) => id !== decision.id) })}
              >
                {t("new.decision", { title: decision.title ?? t("new.untitled"), date: format.date(decision.at) })}
              </Checkbox>
            ))
          )}
        </Fieldset>
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {draft.decisions.length === 0 ? t("new.publish") : t("new.publishLesson")}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}
