import type { ChapterId } from "@chapterhouse/crdt/records";
import { useMemo, useState, type FormEvent } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { TextField } from "../../shared/ui/TextField.js";
import { WorldMap, type LatLon, type MapMarker } from "../../shared/ui/WorldMap.js";
import { eventPath, useEvents } from "../events/index.js";
import { chapterPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace } from "../organisation/index.js";
import { nearestChapter } from "./nearest-chapter.js";
import { placedChapters, placedEvents } from "./placed-chapters.js";
import "./map.css";

/** The map of an organisation's chapters and events (MAP1–MAP3), drawn offline. */
export function MapScreen({ organisation }: { readonly organisation: string }) {
  const t = useT("map");
  return <RequireUnlocked title={t("title")}>{(space) => <MapOpen space={space} organisation={organisation} />}</RequireUnlocked>;
}

function MapOpen({ space, organisation }: { readonly space: MemberSpace; readonly organisation: string }) {
  const t = useT("map");
  const format = useFormat();
  const { session, view } = useOrganisation(space, organisation);
  const root = view?.root;
  const { value } = useEvents(session, (root ?? "") as ChapterId);
  const [cluster, setCluster] = useState<readonly MapMarker[] | undefined>(undefined);
  const [point, setPoint] = useState<LatLon | null>(null);
  const [typed, setTyped] = useState({ lat: "", lon: "" });
  const [typedProblem, setTypedProblem] = useState<string | undefined>(undefined);
  const chapters = useMemo(() => (view === undefined ? [] : placedChapters(view.roster)), [view]);
  const markers = useMemo<MapMarker[]>(
    () => [
      ...chapters.map((chapter) => ({ id: chapter.id, kind: "chapter" as const, label: chapter.name, lat: chapter.lat, lon: chapter.lon, href: chapterPath.href({ organisation, chapter: chapter.id }) })),
      ...placedEvents(value?.events ?? []).map((event) => ({
        id: event.id,
        kind: "event" as const,
        label: t("eventMarker", { title: event.title }),
        lat: event.lat,
        lon: event.lon,
        href: eventPath.href({ organisation, chapter: event.chapter, event: event.id }),
      })),
    ],
    [chapters, value, organisation, t],
  );
  const pending = organisationPending(view);
  const name = root === undefined ? "" : (view?.roster.chapters.get(root)?.name ?? "");
  if (pending !== undefined || view === undefined) {
    return (
      <div className="map-screen">
        <PageHeading>{t("title")}</PageHeading>
        <p aria-busy="true">{pending}</p>
      </div>
    );
  }
  const nearest = point === null ? undefined : nearestChapter(chapters, point);
  const unplaced = view.roster.chapters.size - chapters.length;
  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const lat = Number(typed.lat.replace(",", "."));
    const lon = Number(typed.lon.replace(",", "."));
    if (typed.lat.trim() === "" || typed.lon.trim() === "" || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      setTypedProblem(t("nearest.bad"));
      return;
    }
    setTypedProblem(undefined);
    setPoint({ lat, lon });
  };
  return (
    <div className="map-screen">
      <PageHeading>{t("heading", { organisation: name })}</PageHeading>
      <p>{t("text")}</p>
      <WorldMap
        label={t("label", { organisation: name })}
        markers={markers}
        clusterLabel={(count, kind) => (kind === "chapter" ? t("cluster.chapters", { count }) : t("cluster.events", { count }))}
        onCluster={setCluster}
        onPick={setPoint}
        picked={point}
      />
      {unplaced > 0 ? <p>{t("unplaced", { count: unplaced })}</p> : null}
      <section aria-label={t("cluster.heading")} aria-live="polite">
        {cluster === undefined ? null : (
          <>
            <h2>{t("cluster.heading")}</h2>
            <ul className="map-cluster-list">
              {cluster.map((marker) => (
                <li key={`${marker.kind} ${marker.id}`}>
                  <Link href={marker.href}>{marker.label}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="map-nearest-heading" className="map-nearest">
        <h2 id="map-nearest-heading">{t("nearest.heading")}</h2>
        <p>{t("nearest.text")}</p>
        <Form onSubmit={find} aria-label={t("nearest.heading")}>
          <div className="map-nearest-fields">
            <TextField label={t("nearest.lat")} value={typed.lat} onChange={(lat) => setTyped((current) => ({ ...current, lat }))} inputMode="decimal" />
            <TextField label={t("nearest.lon")} value={typed.lon} onChange={(lon) => setTyped((current) => ({ ...current, lon }))} inputMode="decimal" {...(typedProblem === undefined ? {} : { errorMessage: typedProblem })} />
          </div>
          <FormActions>
            <Button type="submit">{t("nearest.find")}</Button>
          </FormActions>
        </Form>
        <p role="status">
          {point === null ? null : nearest === undefined ? (
            t("nearest.none")
          ) : (
            <>
              {t("nearest.found", { lat: format.number(point.lat, 4), lon: format.number(point.lon, 4), km: format.number(nearest.km, 0) })}{" "}
              <Link href={chapterPath.href({ organisation, chapter: nearest.chapter.id })}>{nearest.chapter.name}</Link>
            </>
          )}
        </p>
      </section>
    </div>
  );
}
