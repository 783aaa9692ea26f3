import type { ChapterId } from "@chapterhouse/crdt/records";
import { electorate } from "@chapterhouse/crdt/membership";
import { useT } from "../../shared/i18n/use-t.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { chapterPath, OrganisationPending, RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { AgendaCard } from "./AgendaCard.js";
import { agendaList } from "./agenda-list.js";
import { AttendanceCard } from "./AttendanceCard.js";
import { minutesPath, projectorPath } from "./paths.js";
import { PaperResultsCard } from "./PaperResultsCard.js";
import { PresenceCard } from "./PresenceCard.js";
import { SpeakersCard } from "./SpeakersCard.js";
import { assemblyQuery } from "./assembly-query.js";
import { useOpenAssembly } from "./use-open-assembly.js";
import "./assemblies.css";

/** The route's assembly. */
export interface AssemblyRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly assembly: string;
}

/** One assembly (PROTOCOL.md AS): the presence and quorum panel, attendance, the agenda and the current item's speakers. */
export function AssemblyScreen(route: AssemblyRoute) {
  const t = useT("assemblies");
  return <RequireUnlocked title={t("screen")}>{(space) => <AssemblyOpen space={space} {...route} />}</RequireUnlocked>;
}

function AssemblyOpen({ space, organisation, chapter, assembly }: AssemblyRoute & { readonly space: MemberSpace }) {
  const t = useT("assemblies");
  const tm = useT("minutes");
  const { session, view, value, pending, problem } = useOpenAssembly(space, organisation, assembly, assemblyQuery);
  const back = (
    <Link href={chapterPath.href({ organisation, chapter })} variant="standalone">
      {t("back", { chapter: view?.roster.chapters.get(chapter as ChapterId)?.name ?? "" })}
    </Link>
  );
  if (pending !== undefined) return <OrganisationPending state={pending} />;
  if (session === undefined || value === undefined || view === undefined)
    return (
      <div className="assembly-screen">
        <PageHeading>{t("screen")}</PageHeading>
        <Skeleton />
        {problem === undefined ? null : <Problem>{t("problems.read", { problem })}</Problem>}
      </div>
    );
  const { convening, view: shown, panel } = value;
  if (convening === null || convening.chapter !== chapter || shown === null || panel === null)
    return (
      <div className="assembly-screen">
        <PageHeading>{t("screen")}</PageHeading>
        <p>{convening === null ? t("notFound") : t("notHereYet")}</p>
        {back}
      </div>
    );
  const chair = convening.chairs.includes(space.member.key);
  const context = { space, session, convening, document: value.document };
  const current = agendaList(shown.agenda).find((placed) => placed.node.id === shown.current)?.node ?? null;
  const members = electorate(view.roster, convening.chapter).map((entry) => entry.key);
  return (
    <div className="assembly-screen">
      <PageHeading focusKey={convening.id}>{t("title", { event: value.event?.title ?? "" })}</PageHeading>
      <p className="assembly-muted">
        {t("chairs")}{" "}
        {convening.chairs.map((key, i) => (
          <span key={key}>
            {i === 0 ? null : ", "}
            <MemberName member={key} />
          </span>
        ))}
      </p>
      <div className="assembly-row">
        <Link href={projectorPath.href({ organisation, chapter, assembly })} variant="standalone">
          {t("projector.open")}
        </Link>
        <Link href={minutesPath.href({ organisation, chapter, assembly })} variant="standalone">
          {tm("minutes.open")}
        </Link>
        {back}
      </div>
      {value.refused > 0 ? <p className="assembly-muted">{t("refused", { count: value.refused })}</p> : null}
      <div className="assembly-grid">
        <PresenceCard panel={panel} />
        <AttendanceCard context={context} attendance={shown.attendance} members={members} chair={chair} />
        <AgendaCard context={context} organisation={organisation} agenda={shown.agenda} current={shown.current} chair={chair} />
        <SpeakersCard context={context} item={current} queue={current === null ? [] : (shown.queues.get(current.id) ?? [])} done={current === null ? [] : (shown.done.get(current.id) ?? [])} totals={shown.totals} chair={chair} />
        <PaperResultsCard context={context} item={current} results={value.results} panel={panel} members={members} chair={chair} />
      </div>
    </div>
  );
}
