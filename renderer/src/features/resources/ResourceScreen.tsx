import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterResource, ResourceFile } from "@chapterhouse/crdt/resources";
import { useId } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { chapterSectionPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName } from "../profiles/index.js";
import { downloadText } from "../votes/index.js";
import { FilePreview } from "./FilePreview.js";
import { RESOURCES_SECTION } from "./paths.js";
import { useAttachment } from "./use-attachment.js";
import { useFileSize } from "./use-file-size.js";
import { useLibrary } from "./use-library.js";
import "./resources.css";

/** The route's resource. */
export interface ResourceRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly resource: string;
}

/** One resource of a chapter's library (PROTOCOL.md RS): what it is, who added it, its link, or its file previewed and saved once its bytes are verified (RS3.3). */
export function ResourceScreen(route: ResourceRoute) {
  const t = useT("resources");
  return <RequireUnlocked title={t("resource.title")}>{(space) => <ResourceOpen space={space} {...route} />}</RequireUnlocked>;
}

function ResourceOpen({ space, organisation, chapter, resource: id }: ResourceRoute & { readonly space: MemberSpace }) {
  const t = useT("resources");
  const format = useFormat();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useLibrary(session, chapter as ChapterId);
  const pending = organisationPending(view);
  const resource = value?.resources.find((entry) => entry.id === id);
  const back = (
    <Link href={chapterSectionPath.href({ organisation, chapter, section: RESOURCES_SECTION })} variant="standalone">
      {t("resource.back")}
    </Link>
  );
  if (pending !== undefined || session === undefined || value === undefined || resource === undefined) {
    return (
      <div className="resource-screen">
        <PageHeading>{t("resource.title")}</PageHeading>
        <p aria-busy={value === undefined}>{pending ?? (value === undefined ? null : t("resource.notFound"))}</p>
        {problem === undefined ? null : <Problem>{t("library.problem", { problem })}</Problem>}
        {back}
      </div>
    );
  }
  return (
    <div className="resource-screen">
      <PageHeading focusKey={resource.id}>{resource.title}</PageHeading>
      {resource.description === "" ? null : <p className="resource-description">{resource.description}</p>}
      <DataList
        items={[
          { id: "by", term: t("resource.addedBy"), details: <MemberName member={resource.author} /> },
          { id: "on", term: t("resource.addedOn"), details: format.date(resource.at) },
          { id: "folder", term: t("resource.folder"), details: resource.folder === "" ? t("resource.top") : resource.folder },
          { id: "tags", term: t("resource.tags"), details: resource.tags.length === 0 ? t("resource.noTags") : resource.tags.join(", ") },
          ...(resource.link === null
            ? []
            : [
                {
                  id: "link",
                  term: t("resource.link"),
                  details: (
                    <Link href={resource.link} target="_blank" rel="noreferrer">
                      {resource.link}
                    </Link>
                  ),
                },
              ]),
        ]}
      />
      {resource.file === null ? null : <ResourceFileView session={session} resource={resource} file={resource.file} />}
      {back}
    </div>
  );
}

/** A resource's file: its facts, then the preview and "Save" once its bytes are here and match their hash; "damaged" when they do not (RS3.3). */
function ResourceFileView({ session, resource, file }: { readonly session: OpenOrganisation; readonly resource: ChapterResource; readonly file: ResourceFile }) {
  const t = useT("resources");
  const ids = useId();
  const size = useFileSize();
  const read = useAttachment(session, file);
  return (
    <section aria-labelledby={`${ids}-file`} className="resource-preview">
      <h2 id={`${ids}-file`}>{t("resource.file")}</h2>
      <DataList
        items={[
          { id: "name", term: t("resource.file"), details: file.name },
          { id: "size", term: t("resource.size"), details: size(file.size) },
          { id: "type", term: t("resource.type"), details: file.type },
          { id: "hash", term: t("resource.hash"), details: <code>{file.hash}</code> },
        ]}
      />
      {read === undefined ? (
        <Skeleton lines={3} />
      ) : read.state === "missing" ? (
        <p aria-busy="true">{t("resource.missing")}</p>
      ) : read.state === "damaged" ? (
        <Problem>{t("resource.damaged")}</Problem>
      ) : (
        <>
          <Button onPress={() => downloadText(document, file.name, read.bytes.slice(), file.type)}>{t("resource.save")}</Button>
          <h3>{t("resource.preview")}</h3>
          <FilePreview file={file} bytes={read.bytes} title={resource.title} />
        </>
      )}
    </section>
  );
}
