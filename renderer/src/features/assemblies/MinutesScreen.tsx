import type { MinutesRole, MinutesState } from "@chapterhouse/crdt/assemblies";
import { MAX_NOTE_LENGTH } from "@chapterhouse/crdt/assemblies";
import { electorate } from "@chapterhouse/crdt/membership";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Link } from "../../shared/ui/Link.js";
import { Markdown } from "../../shared/ui/Markdown.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { StatusPill } from "../../shared/ui/StatusPill.js";
import { TextArea } from "../../shared/ui/TextArea.js";
import { OrganisationPending, RequireUnlocked, type MemberSpace } from "../organisation/index.js";
import { MemberName, useMemberLabel, useProfiles } from "../profiles/index.js";
import { downloadText, fileSlug } from "../votes/index.js";
import type { AssemblyContext } from "./assembly-actions.js";
import type { AssemblyRoute } from "./AssemblyScreen.js";
import { minutesMarkdown } from "./minutes-markdown.js";
import { minutesRolesOf, nameSecretary, signMinutes, writeNote } from "./minutes-actions.js";
import { assemblyPath } from "./paths.js";
import { useAction } from "./use-action.js";
import { minutesQuery } from "./assembly-query.js";
import { useOpenAssembly } from "./use-open-assembly.js";
import "./assemblies.css";
import "./minutes.css";

/** The minutes of an assembly (PROTOCOL.md AS10): drafted from its records, the notes, the signatures, the Markdown download and a printable page. */
export function MinutesScreen(route: AssemblyRoute) {
  const t = useT("minutes");
  return <RequireUnlocked title={t("minutes.screen")}>{(space) => <MinutesOpen space={space} {...route} />}</RequireUnlocked>;
}

/** One note (AS10.2): editable by its writer until the minutes are signed, shown to everyone. */
function NoteEditor({ context, minutes, as, run, busy }: { readonly context: AssemblyContext; readonly minutes: MinutesState; readonly as: MinutesRole; readonly run: (action: () => Promise<unknown>) => void; readonly busy: boolean }) {
  const t = useT("minutes");
  const [text, setText] = useState(minutes.notes[as]);
  const label = as === "chair" ? t("minutes.chairNotes") : t("minutes.secretaryNotes");
  return (
    <form
      className="assembly-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => writeNote(context, minutes, as, text));
      }}
    >
      <TextArea label={label} value={text} onChange={setText} limit={MAX_NOTE_LENGTH} optional />
      <Button type="submit" isDisabled={busy || text.trim() === minutes.notes[as]}>
        {t("minutes.saveNotes")}
      </Button>
    </form>
  );
}

/** A chair names the secretary (AS10.1) among the chapter's members. */
function SecretaryPicker({ context, members, current, run, busy }: { readonly context: AssemblyContext; readonly members: readonly MemberKey[]; readonly current: MemberKey | null; readonly run: (action: () => Promise<unknown>) => void; readonly busy: boolean }) {
  const t = useT("minutes");
  const label = useMemberLabel();
  const [chosen, setChosen] = useState<MemberKey | null>(current);
  return (
    <div className="assembly-row">
      <Select label={t("minutes.chooseSecretary")} options={members.map((key) => ({ id: key, label: label(key) }))} selectedKey={chosen} onSelectionChange={(key) => setChosen(key === null ? null : (String(key) as MemberKey))} />
      <Button isDisabled={busy || chosen === null || chosen === current} onPress={() => chosen !== null && run(() => nameSecretary(context, chosen))}>
        {t("minutes.nameSecretary")}
      </Button>
    </div>
  );
}

function MinutesOpen({ space, organisation, chapter, assembly }: AssemblyRoute & { readonly space: MemberSpace }) {
  const t = useT("minutes");
  const ta = useT("assemblies");
  const format = useFormat();
  const label = useMemberLabel();
  const { profiles } = useProfiles();
  // On paper a member is named as everyone else names them, never "You (…)".
  const name = (member: MemberKey) => profiles.labels.get(member) ?? profiles.members.get(member)?.current?.name ?? label(member);
  const { busy, failure, run } = useAction();
  const { session, view, value, pending } = useOpenAssembly(space, organisation, assembly, minutesQuery);
  if (pending !== undefined) return <OrganisationPending state={pending} />;
  const back = (
    <Link href={assemblyPath.href({ organisation, chapter, assembly })} variant="standalone">
      {t("minutes.back")}
    </Link>
  );
  if (session === undefined || view === undefined || value === undefined || value.convening === null || value.minutes === null)
    return (
      <div className="assembly-screen">
        <PageHeading>{t("minutes.screen")}</PageHeading>
        {value === undefined ? <Skeleton /> : <p>{ta("notHereYet")}</p>}
        {back}
      </div>
    );
  const { convening, minutes } = value;
  const context: AssemblyContext = { space, session, convening, document: value.document };
  const roles = minutesRolesOf(context, minutes);
  const eventTitle = value.event?.title ?? "";
  const { title, body } = minutesMarkdown(minutes, eventTitle, { t, ta, format, name });
  const signedByMe = (as: MinutesRole) => minutes.signatures[as]?.signer === space.member.key && minutes.signatures[as]?.digest === minutes.digest;
  const members = electorate(view.roster, convening.chapter).map((entry) => entry.key);
  const locked = minutes.signatures.chair !== null || minutes.signatures.secretary !== null;
  return (
    <div className="assembly-screen minutes-screen">
      <PageHeading focusKey={`${assembly} minutes`}>{title}</PageHeading>
      <div className="assembly-row minutes-controls">
        {back}
        <Button onPress={() => downloadText(document, `${fileSlug(eventTitle, "assembly")}-minutes.md`, `# ${title}\n\n${body}`, "text/markdown")}>{t("minutes.download")}</Button>
        <Button onPress={() => window.print()}>{t("minutes.print")}</Button>
      </div>
      <p role="status">
        <StatusPill tone={minutes.signed ? "success" : "warning"}>{minutes.signed ? t("minutes.signed") : t("minutes.unsigned")}</StatusPill>
      </p>
      <section className="assembly-card minutes-controls" aria-labelledby="minutes-roles">
        <h2 id="minutes-roles">{t("minutes.secretary")}</h2>
        <p>{minutes.secretary === null ? t("minutes.noSecretary") : <MemberName member={minutes.secretary} />}</p>
        {/* Editable until signed (AS10.5): once a signature fixes the minutes' `until`, later notes or a new secretary would not be in them. */}
        {locked ? <p>{t("minutes.locked")}</p> : null}
        {!locked && roles.includes("chair") ? <SecretaryPicker context={context} members={members} current={minutes.secretary} run={run} busy={busy} /> : null}
        {locked
          ? null
          : roles.map((as) => (
              <NoteEditor key={as} context={context} minutes={minutes} as={as} run={run} busy={busy} />
            ))}
        <div className="assembly-row">
          {roles
            .filter((as) => !signedByMe(as))
            .map((as) => (
              <Button key={as} variant="primary" isDisabled={busy} onPress={() => run(() => signMinutes(context, minutes, as))}>
                {t(`minutes.signAs.${as}`)}
              </Button>
            ))}
        </div>
        {failure === null ? null : <Problem>{failure}</Problem>}
      </section>
      <article className="minutes-document" aria-label={title}>
        <Markdown text={body} />
      </article>
    </div>
  );
}
