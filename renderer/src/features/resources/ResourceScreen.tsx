import { moderatorDeps } from "@chapterhouse/crdt/chat";
import { memberGrant } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import type { ChapterResource, ResourceFile } from "@chapterhouse/crdt/resources";
import { useId, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { ConfirmDialog } from "../../shared/ui/ConfirmDialog.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Dialog } from "../../shared/ui/Dialog.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { HideDialog } from "../chat/index.js";
import { chapterSectionPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { downloadText } from "../votes/index.js";
import { FilePreview } from "./FilePreview.js";
import { RESOURCES_SECTION } from "./paths.js";
import { editResource, hideResource, removeResource } from "./resource-actions.js";
import { ResourceForm } from "./ResourceForm.js";
import { resourceLogQuery } from "./resources-query.js";
import { useAttachment } from "./use-attachment.js";
import { useFileSize } from "./use-file-size.js";
import { useLibrary } from "./use-library.js";
import { useResourceProblem } from "./use-resource-problem.js";
import "./resources.css";

/** The route's resource. */
export interface ResourceRoute {
  readonly organisation: string;
  readonly chapter: string;
  readonly resource: string;
}

/**
 * One resource of a chapter's library (PROTOCOL.md RS): what it is, who added it, its link, or its
 * file previewed and saved once its bytes are verified (RS3.3); its history of versions (RS7.4);
 * for its author, edit and remove (RS7, RS8); for a moderator, edit, hide with a reason and show
 * again (RS9). A hidden resource shows the moderator and the reason, its content on request; a
 * removed one says so.
 */
export function ResourceScreen(route: ResourceRoute) {
  const t = useT("resources");
  return <RequireUnlocked title={t("resource.title")}>{(space) => <ResourceOpen space={space} {...route} />}</RequireUnlocked>;
}

function ResourceOpen({ space, organisation, chapter, resource: id }: ResourceRoute & { readonly space: MemberSpace }) {
  const t = useT("resources");
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useLibrary(session, chapter as ChapterId);
  const pending = organisationPending(view);
  const resource = value?.resources.find((entry) => entry.id === id) ?? value?.removed.find((entry) => entry.id === id);
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
  return <ResourceShown space={space} session={session} resource={resource} back={back} />;
}

function ResourceShown({ space, session, resource, back }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly resource: ChapterResource; readonly back: ReactNode }) {
  const t = useT("resources");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const [shown, setShown] = useState(false);
  const roster = session.view.get().roster;
  const me = space.member.key;
  const isModerator = moderatorDeps(roster, { chapter: resource.chapter }, me) !== undefined;
  const isAuthor = resource.author === me && memberGrant(roster, resource.chapter, me) !== undefined;
  const concealed = resource.hidden !== null && !shown;
  return (
    <div className="resource-screen" {...(resource.hidden === null ? {} : { "data-hidden": true })}>
      <PageHeading focusKey={resource.id}>{concealed ? t("resource.hiddenTitle") : resource.title}</PageHeading>
      {resource.removed === null ? null : <p role="note">{t("resource.removed", { date: format.date(resource.removed.at) })}</p>}
      {resource.hidden === null ? null : (
        <p role="note" className="resource-hidden">
          {t("resource.hidden", { moderator: labelOf(resource.hidden.by), reason: resource.hidden.reason })}{" "}
          <Button size="small" variant="quiet" onPress={() => setShown(!shown)}>
            {shown ? t("resource.hideAgain") : t("resource.showAnyway")}
          </Button>
        </p>
      )}
      {resource.removed === null && (isAuthor || isModerator) ? <ResourceActions space={space} session={session} resource={resource} isAuthor={isAuthor} isModerator={isModerator} /> : null}
      {concealed ? (
        <DataList
          items={[
            { id: "by", term: t("resource.addedBy"), details: <MemberName member={resource.author} /> },
            { id: "on", term: t("resource.addedOn"), details: format.date(resource.at) },
          ]}
        />
      ) : (
        <ResourceContent session={session} resource={resource} />
      )}
      <ResourceHistory resource={resource} />
      {back}
    </div>
  );
}

/** What the resource says (its current version, RS7.3), with its file. */
function ResourceContent({ session, resource }: { readonly session: OpenOrganisation; readonly resource: ChapterResource }) {
  const t = useT("resources");
  const format = useFormat();
  return (
    <>
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
    </>
  );
}

/** Edit (author or moderator, RS7.2), remove (author, RS8.2), hide or show again (moderator, RS9). */
function ResourceActions({ space, session, resource, isAuthor, isModerator }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly resource: ChapterResource; readonly isAuthor: boolean; readonly isModerator: boolean }) {
  const t = useT("resources");
  const problemText = useResourceProblem();
  const logSpec = useMemo(() => (isModerator ? resourceLogQuery(space.repo, session, resource.chapter) : undefined), [isModerator, space.repo, session, resource.chapter]);
  const log = useQuery(logSpec).value ?? null;
  const [open, setOpen] = useState<"edit" | "remove" | "hide" | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const closeWhen = (isOpen: boolean) => (isOpen ? undefined : setOpen(undefined));
  const act = (action: () => Promise<unknown>) => {
    setProblem(undefined);
    action().catch((failure: unknown) => setProblem(problemText(failure)));
  };
  return (
    <div className="resource-actions">
      <Button onPress={() => setOpen("edit")}>{t("edit.button")}</Button>
      {isAuthor ? (
        <Button variant="quiet" onPress={() => setOpen("remove")}>
          {t("remove.button")}
        </Button>
      ) : null}
      {!isModerator ? null : resource.hidden === null ? (
        <Button variant="quiet" onPress={() => setOpen("hide")}>
          {t("hide.button")}
        </Button>
      ) : (
        <Button variant="quiet" onPress={() => act(() => hideResource(space, session, resource, log, resource.hidden?.reason ?? "", false))}>
          {t("hide.unhide")}
        </Button>
      )}
      {problem === undefined ? null : <Problem>{problem}</Problem>}
      <Dialog title={t("edit.title", { title: resource.title })} isOpen={open === "edit"} onOpenChange={closeWhen}>
        <ResourceForm
          chapter={resource.chapter}
          initial={resource}
          onCancel={() => setOpen(undefined)}
          onSubmit={async ({ chapter: _chapter, ...input }) => {
            await editResource(space, session, resource, input);
            setOpen(undefined);
          }}
        />
      </Dialog>
      <ConfirmDialog title={t("remove.title")} confirmLabel={t("remove.confirm")} tone="danger" isOpen={open === "remove"} onOpenChange={closeWhen} onConfirm={() => act(() => removeResource(space, session, resource))}>
        {t("remove.text")}
      </ConfirmDialog>
      <HideDialog title={t("hide.title")} isOpen={open === "hide"} onOpenChange={closeWhen} onHide={(reason) => hideResource(space, session, resource, log, reason, true)} />
    </div>
  );
}

/** Every version, oldest first, each with who made it and when (RS7.4): nothing is erased. */
function ResourceHistory({ resource }: { readonly resource: ChapterResource }) {
  const t = useT("resources");
  const ids = useId();
  const format = useFormat();
  const labelOf = useMemberLabel();
  if (resource.history.length < 2) return null;
  return (
    <section aria-labelledby={`${ids}-history`} className="resource-history">
      <h2 id={`${ids}-history`}>{t("history.heading")}</h2>
      <ol>
        {resource.history.map((version, i) => (
          <li key={version.id}>{t(i === 0 ? "history.added" : "history.edited", { who: labelOf(version.by), date: format.dateTime(version.at), title: version.title })}</li>
        ))}
      </ol>
    </section>
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
