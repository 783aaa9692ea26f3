import {
  MAX_CATEGORY_ABOUT_LENGTH,
  MAX_CATEGORY_NAME_LENGTH,
  MAX_TOPIC_TITLE_LENGTH,
  type ForumCategory,
  type ForumTopic,
} from "@chapterhouse/crdt/forums";
import { MAX_MESSAGE_LENGTH, roomMemberDeps } from "@chapterhouse/crdt/chat";
import { postingDeps, type Audience } from "@chapterhouse/crdt/site";
import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useLiveQuery } from "dexie-react-hooks";
import { useId, useState, type FormEvent } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { PlainLink } from "../../shared/ui/PlainLink.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useSlices } from "../../shared/ui/use-slices.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { createCategory, startTopic } from "./forum-actions.js";
import { loadWatches, saveOpeningPost, saveWatches, toggled, type ForumWatches } from "./forum-local.js";
import { topicPath } from "./paths.js";
import { useForum } from "./use-forum.js";
import { useForumProblem } from "./use-forum-problem.js";
import "./forums.css";

/** How many of a category's newest topics the chapter page lists before "show all" (FO6: the page never loads a post). */
const LISTED = 20;

/** The chapter's forum on its page (PROTOCOL.md FO6): its categories, each with its newest topics, and the forms to add to it. */
export function ChapterForum({
  space,
  session,
  organisation,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
}) {
  const t = useT("forums");
  const ids = useId();
  const { value, problem } = useForum(session, chapter);
  const { db } = useAppData();
  const watches = useLiveQuery(() => loadWatches(db), [db]);
  // A11Y4: a category per task, so that a forum of a thousand topics never holds the page for long.
  const shownCategories = useSlices(value?.categories.length ?? 0, 1);
  const roster = session.view.get().roster;
  const isMember =
    roomMemberDeps(roster, { chapter, access: "subtree", members: [] }, space.member.key) !== undefined;
  return (
    <section aria-labelledby={`${ids}-heading`} className="forum">
      <h2 id={`${ids}-heading`}>{t("forum.heading")}</h2>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("forum.problem", { problem })}
        </p>
      )}
      {value === undefined ? (
        <Skeleton lines={3} />
      ) : value.categories.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t("forum.emptyTitle")}
          description={isMember ? t("forum.empty") : t("forum.membersOnly")}
        />
      ) : (
        <div aria-busy={shownCategories < value.categories.length}>
          {value.categories.slice(0, shownCategories).map((category) => (
            <Category
              key={category.id}
              category={category}
              topics={value.topics.filter((topic) => topic.category === category.id)}
              organisation={organisation}
              chapter={chapter}
              watches={watches}
            />
          ))}
        </div>
      )}
      {isMember && value !== undefined ? (
        <>
          {value.categories.length === 0 || postingDeps(roster, chapter, space.member.key, value.posting) === undefined ? null : (
            <NewTopic
              space={space}
              session={session}
              organisation={organisation}
              chapter={chapter}
              categories={value.categories}
              posting={value.posting}
            />
          )}
          <NewCategory space={space} session={session} chapter={chapter} />
        </>
      ) : null}
    </section>
  );
}

function Category({
  category,
  topics,
  organisation,
  chapter,
  watches,
}: {
  readonly category: ForumCategory;
  readonly topics: readonly ForumTopic[];
  readonly organisation: string;
  readonly chapter: ChapterId;
  /** The topics and categories watched, undefined while read. */
  readonly watches: ForumWatches | undefined;
}) {
  const t = useT("forums");
  const format = useFormat();
  const { db } = useAppData();
  const nameOf = useMemberLabel();
  const [all, setAll] = useState(false);
  const ids = useId();
  const shown = all ? topics : topics.slice(0, LISTED);
  // Looked up once, not once a row (A11Y4: a revisit builds every row in one task).
  const startedBy = t("forum.startedBy");
  return (
    <section aria-labelledby={`${ids}-category`} className="forum-category" data-category={category.id}>
      <h3 id={`${ids}-category`}>{category.name}</h3>
      {category.about === "" ? null : <p className="forum-category-about">{category.about}</p>}
      <Checkbox
        isSelected={watches?.categories.includes(category.id) ?? false}
        isDisabled={watches === undefined}
        onChange={(on) =>
          void (watches === undefined
            ? undefined
            : saveWatches(db, { ...watches, categories: toggled(watches.categories, category.id, on) }))
        }
      >
        {t("watch.category")}
      </Checkbox>
      {topics.length === 0 ? (
        <p>{t("forum.noTopics")}</p>
      ) : (
        <ul className="forum-topics" aria-label={t("forum.topicsOf", { category: category.name })}>
          {shown.map((topic) => (
            <li key={topic.id} data-topic={topic.id}>
              {/* A11Y4: the browser's own anchor and the author's name as text (their page is a link on the topic's). */}
              <PlainLink href={topicPath.href({ organisation, chapter, topic: topic.id })}>{topic.title}</PlainLink>{" "}
              <span className="forum-topic-meta">
                {startedBy} {nameOf(topic.author)} · {format.dateTime(topic.at)}
                {topic.proposals.length === 0
                  ? null
                  : ` · ${t("forum.proposals", { count: topic.proposals.length })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {all || topics.length <= LISTED ? null : (
        <Button onPress={() => setAll(true)}>{t("forum.showAll", { count: topics.length })}</Button>
      )}
    </section>
  );
}

function NewCategory({
  space,
  session,
  chapter,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterId;
}) {
  const t = useT("forums");
  const problemText = useForumProblem();
  const [name, setName] = useState("");
  const [about, setAbout] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await createCategory(space, session, chapter, { name, about });
      setName("");
      setAbout("");
    } catch (failure) {
      setProblem(problemText(failure));
    }
    setBusy(false);
  };
  return (
    <Disclosure title={t("category.new")} lazy>
      <Form onSubmit={(event) => void submit(event)} aria-label={t("category.new")}>
        <TextField
          label={t("category.name")}
          value={name}
          onChange={setName}
          limit={MAX_CATEGORY_NAME_LENGTH}
          isRequired
          {...(problem === undefined ? {} : { errorMessage: problem })}
        />
        <TextField
          label={t("category.about")}
          value={about}
          onChange={setAbout}
          multiline
          rows={2}
          limit={MAX_CATEGORY_ABOUT_LENGTH}
          optional
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("category.create")}
          </Button>
        </FormActions>
      </Form>
    </Disclosure>
  );
}

function NewTopic({
  space,
  session,
  organisation,
  chapter,
  categories,
  posting,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly categories: readonly ForumCategory[];
  readonly posting: Audience;
}) {
  const t = useT("forums");
  const { db } = useAppData();
  const problemText = useForumProblem();
  const [category, setCategory] = useState<RecordId | undefined>(
    categories.length === 1 ? categories[0]!.id : undefined,
  );
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const topic = await startTopic(space, session, chapter, { category, title }, posting);
      // The opening post waits on this device until the topic's screen posts it (so a reload loses nothing).
      await saveOpeningPost(db, topic, text.trim());
      navigate(topicPath.href({ organisation, chapter, topic }));
    } catch (failure) {
      setProblem(problemText(failure));
      setBusy(false);
    }
  };
  return (
    <Disclosure title={t("topic.new")} lazy>
      <Form onSubmit={(event) => void submit(event)} aria-label={t("topic.new")}>
        <Select
          label={t("topic.category")}
          options={categories.map((entry) => ({ id: entry.id, label: entry.name }))}
          selectedKey={category ?? null}
          onSelectionChange={(key) => setCategory(key === null ? undefined : (String(key) as RecordId))}
          isRequired
        />
        <TextField
          label={t("topic.title")}
          value={title}
          onChange={setTitle}
          limit={MAX_TOPIC_TITLE_LENGTH}
          isRequired
          {...(problem === undefined ? {} : { errorMessage: problem })}
        />
        <TextField
          label={t("topic.opening")}
          description={t("topic.markdown")}
          value={text}
          onChange={setText}
          multiline
          rows={5}
          limit={MAX_MESSAGE_LENGTH}
          isRequired
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("topic.start")}
          </Button>
        </FormActions>
      </Form>
    </Disclosure>
  );
}
