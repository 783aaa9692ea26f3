import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { navigate } from "../../shared/routing/navigate.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { ItemList } from "../../shared/ui/ItemList.js";
import { Link } from "../../shared/ui/Link.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { filterLibrary, type LibraryFilters } from "./filter-library.js";
import { resourcePath } from "./paths.js";
import { addResource } from "./resource-actions.js";
import { ResourceForm } from "./ResourceForm.js";
import { useLibrary } from "./use-library.js";
import "./resources.css";

/** "All" in a filter's drop-down list (no folder or tag is empty: RS1.2, RS1.3). */
const ALL = "";

/**
 * A chapter's Library tab (PROTOCOL.md RS5): its resources newest first, narrowed by folder, tag and
 * words; how many could not be verified; and, for a member, adding one. The chapter screen has
 * opened the organisation; no file is loaded here (RS3.1).
 */
export function ChapterLibrary({ organisation, chapter }: ChapterPlace) {
  const t = useT("resources");
  const ids = useId();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useLibrary(session, chapter as ChapterId);
  const [filters, setFilters] = useState<LibraryFilters>({ folder: null, tag: null, words: "" });
  const [adding, setAdding] = useState(false);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  if (space === undefined || session === undefined || view === undefined || current === undefined) return null;
  const mayAdd = memberGrant(view.roster, current.id, space.member.key) !== undefined;
  const shown = value === undefined ? undefined : filterLibrary(value.resources, filters);
  return (
    <section aria-labelledby={`${ids}-heading`} className="chapter-library">
      <h2 id={`${ids}-heading`}>{t("library.heading")}</h2>
      <p>{t("library.text", { chapter: current.name })}</p>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("library.problem", { problem })}
        </p>
      )}
      {value !== undefined && value.refused > 0 ? <p className="library-refused">{t("library.refused", { count: value.refused })}</p> : null}
      {value === undefined || value.resources.length === 0 ? null : (
        <section aria-label={t("filters.heading")} className="library-filters">
          <Select
            label={t("filters.folder")}
            options={[{ id: ALL, label: t("filters.allFolders") }, ...value.folders.map((folder) => ({ id: folder, label: folder }))]}
            selectedKey={filters.folder ?? ALL}
            onSelectionChange={(key) => setFilters({ ...filters, folder: String(key) === ALL ? null : String(key) })}
          />
          <Select
            label={t("filters.tag")}
            options={[{ id: ALL, label: t("filters.allTags") }, ...value.tags.map(({ tag, count }) => ({ id: tag, label: `${tag} (${count})` }))]}
            selectedKey={filters.tag ?? ALL}
            onSelectionChange={(key) => setFilters({ ...filters, tag: String(key) === ALL ? null : String(key) })}
          />
          <TextField label={t("filters.words")} type="search" value={filters.words} onChange={(words) => setFilters({ ...filters, words })} optional />
        </section>
      )}
      {shown === undefined ? (
        <Skeleton lines={2} />
      ) : value?.resources.length === 0 ? (
        <EmptyState headingLevel={3} title={t("library.noneTitle")} description={t("library.noneText", { chapter: current.name })} />
      ) : shown.length === 0 ? (
        <EmptyState headingLevel={3} title={t("library.noMatchTitle")} description={t("library.noMatchText")} />
      ) : (
        <ItemList label={t("library.label", { chapter: current.name })}>
          {shown.map((resource) => (
            <li key={resource.id} data-resource={resource.id} className="library-item">
              <Link href={resourcePath.href({ organisation, chapter: current.id, resource: resource.id })} variant="standalone">
                {resource.hidden === null ? resource.title : t("library.hidden")}
              </Link>
              <StatusPill tone="neutral">{resource.file === null ? t("library.link") : t("library.file")}</StatusPill>
              {resource.folder === "" ? null : <span>{t("library.inFolder", { folder: resource.folder })}</span>}
              {resource.tags.length === 0 ? null : <span className="library-tags">{resource.tags.map((tag) => `#${tag}`).join(" ")}</span>}
            </li>
          ))}
        </ItemList>
      )}
      {mayAdd ? (
        <DialogTrigger isOpen={adding} onOpenChange={setAdding}>
          <Button variant="primary">{t("new.button")}</Button>
          <Dialog title={t("new.title", { chapter: current.name })}>
            <ResourceForm
              chapter={current.id}
              onCancel={() => setAdding(false)}
              onSubmit={async (input) => navigate(resourcePath.href({ organisation, chapter: current.id, resource: await addResource(space, session, input) }))}
            />
          </Dialog>
        </DialogTrigger>
      ) : (
        <p>{t("new.membersOnly", { chapter: current.name })}</p>
      )}
    </section>
  );
}
