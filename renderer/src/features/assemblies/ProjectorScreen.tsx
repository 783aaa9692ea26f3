import { useT } from "../../shared/i18n/use-t.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { OrganisationPending, RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { agendaList } from "./agenda-list.js";
import { ItemVotes } from "./ItemVotes.js";
import type { AssemblyRoute } from "./AssemblyScreen.js";
import { assemblyPath } from "./paths.js";
import { PresenceCard } from "./PresenceCard.js";
import { SpeechTimer } from "./SpeakersCard.js";
import { assemblyQuery } from "./assembly-query.js";
import { useOpenAssembly } from "./use-open-assembly.js";
import "./assemblies.css";

/** The projector view (DESIGN §12): a read-only, large page of the same data for a second screen — the current item and the votes it takes up (open or closed), its speakers with the timer, the presence panel. */
export function ProjectorScreen(route: AssemblyRoute) {
  const t = useT("assemblies");
  return <RequireUnlocked title={t("projector.title")}>{(space) => <Projector space={space} {...route} />}</RequireUnlocked>;
}

function Projector({ space, organisation, chapter, assembly }: AssemblyRoute & { readonly space: MemberSpace }) {
  const t = useT("assemblies");
  const format = useFormat();
  const { session, value, pending } = useOpenAssembly(space, organisation, assembly, assemblyQuery);
  if (pending !== undefined) return <OrganisationPending state={pending} />;
  const shown = value?.view ?? null;
  if (session === undefined || value === undefined || value.convening === null || shown === null || value.panel === null)
    return (
      <div className="assembly-projector">
        <PageHeading>{t("projector.title")}</PageHeading>
        {value === undefined ? <Skeleton /> : <p>{t("notHereYet")}</p>}
      </div>
    );
  const placed = agendaList(shown.agenda).find((entry) => entry.node.id === shown.current);
  const queue = placed === undefined ? [] : (shown.queues.get(placed.node.id) ?? []);
  return (
    <div className="assembly-projector">
      <PageHeading focusKey={`${assembly} projector`}>{value.event?.title ?? t("projector.title")}</PageHeading>
      <section className="assembly-card assembly-large" aria-labelledby="projector-item">
        <h2 id="projector-item">{placed === undefined ? t("projector.noItem") : t("agenda.numbered", { number: placed.number, title: placed.node.title })}</h2>
        {placed !== undefined && placed.node.minutes > 0 ? <p>{t("agenda.minutes", { count: placed.node.minutes, minutes: format.count(placed.node.minutes) })}</p> : null}
        {placed === undefined ? null : <ItemVotes context={{ space, session, convening: value.convening, document: value.document }} organisation={organisation} links={placed.node.links} progress />}
      </section>
      <section className="assembly-card assembly-large" aria-labelledby="projector-speakers">
        <h2 id="projector-speakers">{t("speakers.queue")}</h2>
        {queue.length === 0 ? (
          <p>{t("speakers.empty")}</p>
        ) : (
          <ol className="assembly-speakers" aria-label={t("speakers.queue")}>
            {queue.map((request) => (
              <li key={request.id} data-state={request.state}>
                <MemberName member={request.member} /> <StatusPill tone={request.as === "order" ? "warning" : "neutral"}>{t(`speakers.as.${request.as}`)}</StatusPill>
                {request.state === "speaking" && request.since !== null ? (
                  <>
                    {" "}
                    <SpeechTimer since={request.since} />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <PresenceCard panel={value.panel} large />
      <Link href={assemblyPath.href({ organisation, chapter, assembly })} variant="standalone">
        {t("projector.back")}
      </Link>
    </div>
  );
}
