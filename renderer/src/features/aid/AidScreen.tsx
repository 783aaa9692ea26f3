import { AID_AUDIENCES, AID_CATEGORIES, MAX_AID_TEXT, MAX_AID_WHEN, MAX_PLACE_NAME, aidPlaceDegrees, type AidAudience, type AidCategory, type AidPost, type Degrees } from "@chapterhouse/crdt/aid";
import { subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useId, useMemo, useState } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { memberActions } from "../../shared/routing/member-actions.js";
import { Button } from "../../shared/ui/Button.js";
import { ConfirmDialog } from "../../shared/ui/ConfirmDialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { NumberField } from "../../shared/ui/NumberField.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { Switch } from "../../shared/ui/Switch.js";
import { TextField } from "../../shared/ui/TextField.js";
import { WorldMap, type MapMarker } from "../../shared/ui/WorldMap.js";
import { errorText } from "../../shared/ui/error-text.js";
import { organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { AidPointFields } from "./AidPointFields.js";
import { AidProblem, markMet, postAid } from "./aid-actions.js";
import { aidQuery } from "./aid-query.js";
import { useAidWorker } from "./aid-worker.js";
import { filterAid, type AidFilters } from "./filter-aid.js";
import { aidPath, aidPostPath } from "./paths.js";
import { NO_TYPED_POINT, typedOf, typedPoint, type TypedPoint } from "./typed-point.js";
import "./aid.css";

/** Words for a refused aid record in the language shown. */
function useAidProblem(): (problem: unknown) => string {
  const t = useT("aid");
  return (problem) => (problem instanceof AidProblem ? t(`problems.${problem.code}`) : t("problems.unexpected", { detail: errorText(problem) }));
}

/** "All" in a filter's drop-down list. */
const ALL = "all";

/** What a page of the board shows alone: one post (a marker on the map leads there), or one member's posts (their page of what they offered and asked). */
export type AidOnly = { readonly post: RecordId } | { readonly member: MemberKey };

/** The largest distance the filter takes: half the Earth's circumference, in km. */
const MAX_KM = 20_000;

/** The distance filter as set: on or off, how far, and from where (the member's chapter, or a point typed or pressed on the map). */
interface NearChoice {
  readonly on: boolean;
  readonly km: number;
  readonly from: "chapter" | "point";
  readonly typed: TypedPoint;
}

/** The organisation's mutual-aid board (PROTOCOL.md AID): offers and requests on a list and a map, filters (distance too), posting, "met". */
export function AidScreen({ organisation, only }: { readonly organisation: string; readonly only?: AidOnly }) {
  const t = useT("aid");
  return <RequireUnlocked title={t("title")}>{(space) => <AidBoard space={space} organisation={organisation} only={only} />}</RequireUnlocked>;
}

/** The place of the member's own chapter, the deepest one with a place (M4.1 microdegrees, here decimal degrees), or undefined. */
function placeOfMine(roster: Roster, me: MemberKey): Degrees | undefined {
  const mine = [...roster.chapters.values()].filter((chapter) => chapter.members.has(me) && chapter.place !== null);
  const depth = (chapter: ChapterRoster): number => (chapter.parent === null ? 0 : 1 + depth(roster.chapters.get(chapter.parent)!));
  const deepest = mine.sort((a, b) => depth(b) - depth(a) || (a.id < b.id ? -1 : 1))[0];
  return deepest?.place === null || deepest === undefined ? undefined : { lat: deepest.place.lat / 1_000_000, lon: deepest.place.lon / 1_000_000 };
}

function AidBoard({ space, organisation, only }: { readonly space: MemberSpace; readonly organisation: string; readonly only: AidOnly | undefined }) {
  const t = useT("aid");
  const levels = useT("organisation");
  const ids = useId();
  const worker = useAidWorker();
  const { session, view } = useOrganisation(space, organisation);
  const spec = useMemo(() => (session === undefined ? undefined : aidQuery(worker, session)), [worker, session]);
  const { value: posts, error } = useQuery(spec);
  const onlyMember = only !== undefined && "member" in only ? only.member : null;
  const onlyPost = only !== undefined && "post" in only ? only.post : null;
  const [filters, setFilters] = useState<Omit<AidFilters, "near">>({ chapter: null, level: null, kind: null, category: null, mine: onlyMember, met: onlyMember !== null });
  const [near, setNear] = useState<NearChoice>({ on: false, km: 10, from: "point", typed: NO_TYPED_POINT });
  const [cluster, setCluster] = useState<readonly MapMarker[] | undefined>(undefined);
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
  const myPlace = placeOfMine(roster, me);
  const typed = typedPoint(near.typed);
  const centre = !near.on ? null : near.from === "chapter" ? (myPlace ?? null) : typed === "bad" ? null : typed;
  const nearProblem = near.on && near.from === "point" ? (typed === "bad" ? t("point.bad") : typed === null ? t("near.pick") : undefined) : undefined;
  const km = Number.isFinite(near.km) ? Math.min(Math.max(near.km, 1), MAX_KM) : 10;
  const shown =
    posts === undefined
      ? undefined
      : onlyPost !== null
        ? filterAid(posts, { chapter: null, level: null, kind: null, category: null, mine: null, met: true, near: null }, { memberOf }).filter((post) => post.id === onlyPost)
        : filterAid(posts, { ...filters, near: centre === null ? null : { point: centre, km } }, { memberOf });
  const markers = (shown ?? []).flatMap((post): MapMarker[] => {
    const at = aidPlaceDegrees(post.body.place);
    return at === null ? [] : [{ id: post.id, kind: "aid", label: t("post.label", { kind: t(`kind.${post.kind}`), what: post.body.what }), lat: at.lat, lon: at.lon, href: aidPostPath.href({ organisation, post: post.id }) }];
  });
  const heading = onlyPost !== null ? t("posts.one") : filters.mine === me ? t("posts.mine") : filters.mine !== null ? t("posts.theirs") : t("posts.heading");
  const choose = (value: string | null) => (value === null || value === ALL ? null : value);
  return (
    <div className="aid-board">
      <PageHeading>{t("title")}</PageHeading>
      <p>{t("lede")}</p>
      {only === undefined ? null : (
        <p>
          <Link href={aidPath.href({ organisation })}>{t("posts.all")}</Link>
        </p>
      )}
      <section aria-labelledby={`${ids}-filters`} className="aid-filters" hidden={onlyPost !== null}>
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
        <Switch isSelected={filters.mine === me} onChange={(on) => setFilters({ ...filters, mine: on ? me : null })}>
          {t("filters.mine")}
        </Switch>
        <Switch isSelected={filters.met} onChange={(on) => setFilters({ ...filters, met: on })}>
          {t("filters.met")}
        </Switch>
        <div className="aid-near">
          <Switch isSelected={near.on} onChange={(on) => setNear({ ...near, on })}>
            {t("near.switch")}
          </Switch>
          {near.on ? (
            <>
              <NumberField label={t("near.km")} minValue={1} maxValue={MAX_KM} value={near.km} onChange={(value) => setNear({ ...near, km: value })} />
              <RadioGroup
                label={t("near.from")}
                options={[
                  { id: "point", label: t("near.fromPoint") },
                  { id: "chapter", label: t("near.fromChapter"), isDisabled: myPlace === undefined },
                ]}
                value={near.from}
                onChange={(value) => setNear({ ...near, from: value === "chapter" ? "chapter" : "point" })}
                {...(myPlace === undefined ? { description: t("near.noChapterPlace") } : {})}
              />
              {near.from === "point" ? <AidPointFields legend={t("near.point")} help={t("near.pointHelp")} value={near.typed} onChange={(value) => setNear({ ...near, typed: value })} problem={nearProblem} /> : null}
            </>
          ) : null}
        </div>
      </section>
      <section aria-labelledby={`${ids}-map`}>
        <h2 id={`${ids}-map`}>{t("map.heading")}</h2>
        <p>{t("map.text")}</p>
        <WorldMap
          label={t("map.label")}
          markers={markers}
          clusterLabel={(count) => t("map.cluster", { count })}
          onCluster={setCluster}
          onPick={(point) => setNear({ ...near, on: true, from: "point", typed: typedOf(point) })}
          picked={centre}
        />
        <div aria-live="polite">
          {cluster === undefined ? null : (
            <ul className="aid-map-list" aria-label={t("map.clusterList")}>
              {cluster.map((marker) => (
                <li key={marker.id}>
                  <Link href={marker.href}>{marker.label}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <section aria-labelledby={`${ids}-posts`}>
        <h2 id={`${ids}-posts`}>
          {heading}
          {onlyPost === null && filters.mine !== null && filters.mine !== me ? (
            <>
              {" "}
              <MemberName member={filters.mine} />
            </>
          ) : null}
        </h2>
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
          {body.place === null ? null : <span> · {t(body.place.lat === null ? "post.where" : "post.whereOnMap", { place: body.place.name })}</span>}
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
  const [point, setPoint] = useState<TypedPoint>(NO_TYPED_POINT);
  const [when, setWhen] = useState("");
  const [busy, setBusy] = useState(false);
  const problemText = useAidProblem();
  const [status, setStatus] = useState<{ readonly done: true } | { readonly done: false; readonly problem: unknown } | undefined>(undefined);
  const typed = typedPoint(point);
  // A point needs a name with it (AID2.2: a place is a name and maybe a point).
  const pointProblem = typed === "bad" ? t("point.bad") : typed !== null && where.trim() === "" ? t("point.needsName") : undefined;
  return (
    <section aria-labelledby={`${ids}-post`}>
      <h2 id={`${ids}-post`}>{t("form.heading")}</h2>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (chapter === null || what.trim() === "" || busy || pointProblem !== undefined) return;
          setBusy(true);
          setStatus(undefined);
          const at = typedPoint(point);
          const place = where.trim() === "" ? null : { name: where.trim(), point: at === "bad" ? null : at };
          postAid(space, session, kind, { chapter, for: audience, category, what: what.trim(), when: when.trim() }, place)
            .then(() => {
              setWhat("");
              setPoint(NO_TYPED_POINT);
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
          <AidPointFields legend={t("form.point")} help={t("form.pointHelp")} value={point} onChange={setPoint} problem={pointProblem} disabled={busy}>
            <WorldMap label={t("form.pointMap")} picked={typed === "bad" ? null : typed} onPick={(picked) => setPoint(typedOf(picked))} />
          </AidPointFields>
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
