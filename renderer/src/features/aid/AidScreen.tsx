import { AID_AUDIENCES, AID_CATEGORIES, MAX_AID_TEXT, MAX_AID_WHEN, MAX_PLACE_NAME, type AidAudience, type AidCategory, type AidPost } from "@chapterhouse/crdt/aid";
import { subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useId, useMemo, useState } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { memberActions } from "../../shared/routing/member-actions.js";
import { Button } from "../../shared/ui/Button.js";
import { ConfirmDialog } from "../../shared/ui/ConfirmDialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { Switch } from "../../shared/ui/Switch.js";
import { TextField } from "../../shared/ui/TextField.js";
import { errorText } from "../../shared/ui/error-text.js";
import { organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { AidProblem, markMet, postAid } from "./aid-actions.js";
import { aidQuery } from "./aid-query.js";
import { useAidWorker } from "./aid-worker.js";
import { filterAid, type AidFilters } from "./filter-aid.js";
import "./aid.css";

/** Words for a refused aid record in the language shown. */
function useAidProblem(): (problem: unknown) => string {
  const t = useT("aid");
  return (problem) => (problem instanceof AidProblem ? t(`problems.${problem.code}`) : t("problems.unexpected", { detail: errorText(problem) }));
}

/** "All" in a filter's drop-down list. */
const ALL = "all";

/** The organisation's mutual-aid board (PROTOCOL.md AID): offers and requests, filters, posting, "met". */
export function AidScreen({ organisation }: { readonly organisation: string }) {
  const t = useT("aid");
  return <RequireUnlocked title={t("title")}>{(space) => <AidBoard space={space} organisation={organisation} />}</RequireUnlocked>;
}

function AidBoard({ space, organisation }: { readonly space: MemberSpace; readonly organisation: string }) {
  const t = useT("aid");
  const levels = useT("organisation");
  const ids = useId();
  const worker = useAidWorker();
  const { session, view } = useOrganisation(space, organisation);
  const spec = useMemo(() => (session === undefined ? undefined : aidQuery(worker, session)), [worker, session]);
  const { value: posts, error } = useQuery(spec);
  const [filters, setFilters] = useState<AidFilters>({ chapter: null, level: null, kind: null, category: null, mine: null, met: false });
  const pending = organisationPending(view);
  if (pending !== undefined || session === undefined || view === undefined) {
    return (
      <div className="aid-board">
        <PageHeading>{t("title")}</PageHeading>
        <p aria-busy="true">{pending}</p>
      </div>
    );
  }
  const roster = view.roster;
  const chapters = [...roster.chapters.values()];
  const me = space.member.key;
  // The chapters the member belongs to: their own and every chapter above (M11.1).
  const memberOf = new Set(chapters.filter((chapter) => subtreeOf(roster, chapter.id).some((id) => roster.chapters.get(id)?.members.has(me) === true)).map((chapter) => chapter.id));
  const shown = posts === undefined ? undefined : filterAid(posts, filters, { memberOf });
  const choose = (value: string | null) => (value === null || value === ALL ? null : value);
  return (
    <div className="aid-board">
      <PageHeading>{t("title")}</PageHeading>
      <p>{t("lede")}</p>
      <section aria-labelledby={`${ids}-filters`} className="aid-filters">
        <h2 id={`${ids}-filters`}>{t("filters.heading")}</h2>
        <Select
          label={t("filters.chapter")}
          options={[{ id: ALL, label: t("filters.all") }, ...chapters.map((chapter) => ({ id: chapter.id, label: chapter.name }))]}
          selectedKey={filters.chapter ?? ALL}
          onSelectionChange={(key) => setFilters({ ...filters, chapter: choose(String(key)) as ChapterId | null })}
        />
        <Select
          label={t("filters.level")}
          options={[{ id: ALL, label: t("filters.all") }, ...[...new Set(chapters.map((chapter) => chapter.level))].map((level) => ({ id: level, label: levels(`level.${level}`) }))]}
          selectedKey={filters.level ?? ALL}
          onSelectionChange={(key) => setFilters({ ...filters, level: choose(String(key)) })}
        />
        <Select
          label={t("filters.kind")}
          options={[{ id: ALL, label: t("filters.all") }, { id: "aid-offer", label: t("kind.aid-offer") }, { id: "aid-request", label: t("kind.aid-request") }]}
          selectedKey={filters.kind ?? ALL}
          onSelectionChange={(key) => setFilters({ ...filters, kind: choose(String(key)) as AidPost["kind"] | null })}
        />
        <Select
          label={t("filters.category")}
          options={[{ id: ALL, label: t("filters.all") }, ...AID_CATEGORIES.map((id) => ({ id, label: t(`category.${id}`) }))]}
          selectedKey={filters.category ?? ALL}
          onSelectionChange={(key) => setFilters({ ...filters, category: choose(String(key)) as AidCategory | null })}
        />
        <Switch isSelected={filters.mine !== null} onChange={(on) => setFilters({ ...filters, mine: on ? me : null })}>
          {t("filters.mine")}
        </Switch>
        <Switch isSelected={filters.met} onChange={(on) => setFilters({ ...filters, met: on })}>
          {t("filters.met")}
        </Switch>
      </section>
      <section aria-labelledby={`${ids}-posts`}>
        <h2 id={`${ids}-posts`}>{filters.mine === null ? t("posts.heading") : t("posts.mine")}</h2>
        {error !== undefined ? (
          <Problem>{t("problem", { problem: error })}</Problem>
        ) : shown === undefined ? (
          <Skeleton />
        ) : shown.length === 0 ? (
          <EmptyState headingLevel={3} title={t("posts.noneTitle")} description={t("posts.none")} />
        ) : (
          <ul className="aid-posts" aria-label={t("posts.label")}>
            {shown.map((post) => (
              <AidItem key={post.id} post={post} roster={roster} me={me} space={space} session={session} organisation={organisation} />
            ))}
          </ul>
        )}
      </section>
      <PostForm space={space} session={session} mine={chapters.filter((chapter) => memberOf.has(chapter.id))} />
    </div>
  );
}

/** One offer or request: what, where, when, for whom, by whom; "met" with its thank-you; a reply by private message or, for its author, "Mark as met". */
function AidItem({ post, roster, me, space, session, organisation }: { readonly post: AidPost; readonly roster: Roster; readonly me: MemberKey; readonly space: MemberSpace; readonly session: OpenOrganisation; readonly organisation: string }) {
  const t = useT("aid");
  const format = useFormat();
  const [marking, setMarking] = useState(false);
  const [thanks, setThanks] = useState("");
  const problemText = useAidProblem();
  const [failure, setFailure] = useState<{ readonly problem: unknown } | undefined>(undefined);
  const { body } = post;
  return (
    <li className="aid-post">
      <article aria-label={t("post.label", { kind: t(`kind.${post.kind}`), what: body.what })}>
        <p className="aid-post-head">
          <StatusPill tone={post.kind === "aid-offer" ? "success" : "info"}>{t(`kind.${post.kind}`)}</StatusPill> <span>{t(`category.${body.category}`)}</span>
          {post.met === null ? null : <StatusPill tone="neutral">{t("post.met")}</StatusPill>}
        </p>
        <p className="aid-post-what">{body.what}</p>
        <p className="aid-post-meta">
          {t("post.byIn", { chapter: roster.chapters.get(post.chapter)?.name ?? post.chapter, date: format.date(post.at) })} <MemberName member={post.author} />
          {body.place === null ? null : <span> · {t("post.where", { place: body.place.name })}</span>}
          {body.when === "" ? null : <span> · {t("post.when", { when: body.when })}</span>}
          <span> · {t(`for.${body.for}`)}</span>
        </p>
        {post.met === null || post.met.thanks === "" ? null : <blockquote className="aid-thanks">{t("post.thanks", { thanks: post.met.thanks })}</blockquote>}
        {failure === undefined ? null : <Problem>{problemText(failure.problem)}</Problem>}
        {post.author === me ? (
          post.met === null ? (
            <Button size="small" onPress={() => setMarking(true)}>
              {t("met.button")}
            </Button>
          ) : null
        ) : (
          <div className="aid-reply">{memberActions.all().map(({ id, Content }) => <Content key={id} organisation={organisation} member={post.author} />)}</div>
        )}
      </article>
      {marking ? (
        <ConfirmDialog
          title={t("met.title")}
          confirmLabel={t("met.confirm")}
          isOpen
          onOpenChange={(open) => setMarking(open)}
          onConfirm={() => {
            setFailure(undefined);
            markMet(space, session, post.chapter, post.id, thanks.trim()).catch((problem: unknown) => setFailure({ problem }));
          }}
        >
          <TextField label={t("met.thanks")} description={t("met.thanksText")} value={thanks} onChange={setThanks} limit={MAX_AID_TEXT} multiline rows={3} optional />
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** Offering or asking for help on the board of one of the member's chapters (`mine`: theirs and every one above, M11.1; AID2). */
function PostForm({ space, session, mine }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly mine: readonly ChapterRoster[] }) {
  const t = useT("aid");
  const ids = useId();
  const [kind, setKind] = useState<AidPost["kind"]>("aid-request");
  const [chapter, setChapter] = useState<ChapterId | null>(mine[mine.length - 1]?.id ?? null);
  const [category, setCategory] = useState<AidCategory>("other");
  const [audience, setAudience] = useState<AidAudience>("chapter");
  const [what, setWhat] = useState("");
  const [where, setWhere] = useState("");
  const [when, setWhen] = useState("");
  const [busy, setBusy] = useState(false);
  const problemText = useAidProblem();
  const [status, setStatus] = useState<{ readonly done: true } | { readonly done: false; readonly problem: unknown } | undefined>(undefined);
  return (
    <section aria-labelledby={`${ids}-post`}>
      <h2 id={`${ids}-post`}>{t("form.heading")}</h2>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (chapter === null || what.trim() === "" || busy) return;
          setBusy(true);
          setStatus(undefined);
          const place = where.trim() === "" ? null : { name: where.trim(), lat: null, lon: null };
          postAid(space, session, kind, { chapter, for: audience, category, what: what.trim(), place, when: when.trim() })
            .then(() => {
              setWhat("");
              setStatus({ done: true });
            })
            .catch((problem: unknown) => setStatus({ done: false, problem }))
            .finally(() => setBusy(false));
        }}
      >
        <div className="aid-fields">
          <RadioGroup label={t("form.kind")} options={(["aid-request", "aid-offer"] as const).map((id) => ({ id, label: t(`kind.${id}`) }))} value={kind} onChange={(value) => setKind(value as AidPost["kind"])} isDisabled={busy} />
          <Select label={t("form.chapter")} options={mine.map((entry) => ({ id: entry.id, label: entry.name }))} selectedKey={chapter} onSelectionChange={(key) => setChapter(String(key) as ChapterId)} isDisabled={busy} />
          <Select label={t("form.category")} options={AID_CATEGORIES.map((id) => ({ id, label: t(`category.${id}`) }))} selectedKey={category} onSelectionChange={(key) => setCategory(String(key) as AidCategory)} isDisabled={busy} />
          <TextField label={t("form.what")} value={what} onChange={setWhat} limit={MAX_AID_TEXT} multiline rows={3} isRequired isDisabled={busy} />
          <TextField label={t("form.where")} description={t("form.whereText")} value={where} onChange={setWhere} limit={MAX_PLACE_NAME} optional isDisabled={busy} />
          <TextField label={t("form.when")} description={t("form.whenText")} value={when} onChange={setWhen} limit={MAX_AID_WHEN} optional isDisabled={busy} />
          <RadioGroup label={t("form.for")} options={AID_AUDIENCES.map((id) => ({ id, label: t(`for.${id}`) }))} value={audience} onChange={(value) => setAudience(value as AidAudience)} isDisabled={busy} />
        </div>
        {status === undefined ? null : status.done ? (
          <p role="status" className="aid-done">
            {t("form.done")}
          </p>
        ) : (
          <Problem>{problemText(status.problem)}</Problem>
        )}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={busy || chapter === null}>
            {t("form.button")}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}
