import { MAX_CURRENT_NAME_LENGTH, MAX_CURRENT_STATEMENT_LENGTH, type Current } from "@chapterhouse/crdt/currents";
import type { Roster } from "@chapterhouse/crdt/membership";
import { useId, useState } from "react";
import { navigate } from "../../shared/routing/navigate.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import { organisationPath, organisationPending, RequireUnlocked, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { foundCurrent } from "./current-actions.js";
import type { CurrentsValue } from "./currents-query.js";
import { currentPath } from "./paths.js";
import { useCurrentProblem } from "./use-current-problem.js";
import { useCurrents } from "./use-currents.js";
import "./currents.css";

/** The route's organisation. */
export interface CurrentsRoute {
  readonly organisation: string;
}

/** The names of the chapters a current's members are in (CU7), each once, sorted. */
export function memberChapters(current: Current, roster: Roster): string[] {
  const names = new Set(current.members.flatMap((member) => member.chapters.map((chapter) => roster.chapters.get(chapter)?.name ?? chapter)));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The currents of the organisation (PROTOCOL.md CU7): searchable, each with its members' chapters; and founding one (CU3). */
export function CurrentsScreen(route: CurrentsRoute) {
  const t = useT("currents");
  return <RequireUnlocked title={t("title")}>{(space) => <CurrentsList space={space} {...route} />}</RequireUnlocked>;
}

function CurrentsList({ space, organisation }: CurrentsRoute & { readonly space: MemberSpace }) {
  const t = useT("currents");
  const ids = useId();
  const { session, view } = useOrganisation(space, organisation);
  const { value, problem } = useCurrents(space, session);
  const [words, setWords] = useState("");
  const pending = organisationPending(view);
  const roster = view?.roster;
  const wanted = words.trim().toLocaleLowerCase();
  const shown = value === undefined || roster === undefined ? [] : value.currents.filter((current) => wanted === "" || [current.name, current.statement, ...memberChapters(current, roster)].some((text) => text.toLocaleLowerCase().includes(wanted)));
  return (
    <div className="currents">
      <PageHeading>{t("title")}</PageHeading>
      <p>{t("lede")}</p>
      <Link href={organisationPath.href({ organisation })} variant="standalone">
        {t("back")}
      </Link>
      {problem === undefined ? null : (
        <p className="form-problem" role="alert">
          {t("problem", { problem })}
        </p>
      )}
      {pending !== undefined || value === undefined || roster === undefined ? (
        <Skeleton lines={3} />
      ) : (
        <>
          <TextField label={t("search")} type="search" value={words} onChange={setWords} optional />
          {value.currents.length === 0 ? (
            <EmptyState title={t("emptyTitle")} description={t("empty")} />
          ) : shown.length === 0 ? (
            <p role="status">{t("noMatch")}</p>
          ) : (
            <ul className="currents-list" aria-label={t("label")}>
              {shown.map((current) => (
                <li key={current.id} className="currents-item">
                  <Link href={currentPath.href({ organisation, current: current.id })}>{current.name}</Link>
                  <p>{t("members", { count: current.members.length })}</p>
                  {current.members.length === 0 ? null : <p>{t("chapters", { chapters: memberChapters(current, roster).join(", ") })}</p>}
                </li>
              ))}
            </ul>
          )}
          {session === undefined ? null : (
            <section aria-labelledby={`${ids}-found`}>
              <h2 id={`${ids}-found`}>{t("found.heading")}</h2>
              <FoundForm space={space} session={session} value={value} organisation={organisation} />
            </section>
          )}
        </>
      )}
    </div>
  );
}

function FoundForm({ space, session, value, organisation }: { readonly space: MemberSpace; readonly session: OpenOrganisation; readonly value: CurrentsValue; readonly organisation: string }) {
  const t = useT("currents");
  const problemText = useCurrentProblem();
  const [name, setName] = useState("");
  const [statement, setStatement] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return (
    <Form
      aria-label={t("found.heading")}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setProblem(undefined);
        foundCurrent(space, session, value, { name, statement }).then(
          (current) => navigate(currentPath.href({ organisation, current })),
          (failure: unknown) => {
            setProblem(problemText(failure));
            setBusy(false);
          },
        );
      }}
    >
      <p>{t("found.lede")}</p>
      <TextField label={t("found.name")} value={name} onChange={setName} limit={MAX_CURRENT_NAME_LENGTH} />
      <TextField label={t("found.statement")} description={t("found.statementHint")} value={statement} onChange={setStatement} multiline rows={5} limit={MAX_CURRENT_STATEMENT_LENGTH} {...(problem === undefined ? {} : { errorMessage: problem })} />
      <FormActions>
        <Button type="submit" variant="primary" isPending={busy}>
          {t("found.submit")}
        </Button>
      </FormActions>
    </Form>
  );
}
