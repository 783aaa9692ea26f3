import { useId, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { TextField } from "../../shared/ui/TextField.js";
import { InviteLinkError, inviteQuery, parseInviteLink } from "./invite-link.js";
import type { MemberSpace } from "./member-space.js";
import { chapterPath, joinPath, startOrganisationPath } from "./paths.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import "./chapter.css";

/** The start: what to do first without an identity; the member's organisations once unlocked. */
export function HomeScreen() {
  const t = useT("organisation");
  return <RequireUnlocked title={t("home.title")}>{(space) => <Organisations space={space} />}</RequireUnlocked>;
}

function Organisations({ space }: { readonly space: MemberSpace }) {
  const t = useT("organisation");
  const home = useObservable(space.homeView);
  const organisations = home.entries.organisations;
  const start = (
    <Link href={startOrganisationPath.href()} variant="standalone">
      {t("home.start")}
    </Link>
  );
  return (
    <div className="chapter-overview">
      <PageHeading>{t("home.title")}</PageHeading>
      {!home.loaded ? (
        <Skeleton />
      ) : organisations.length === 0 ? (
        <EmptyState title={t("home.emptyTitle")} description={t("home.emptyText")} action={start} />
      ) : (
        <>
          <ul className="chapter-list" aria-label={t("home.list")}>
            {organisations.map((o) => (
              <li key={o.organisation}>
                <Link href={chapterPath.href({ organisation: documentIdOf(o.organisation), chapter: o.root })} variant="standalone">
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
          <p>{start}</p>
        </>
      )}
      <JoinWithLink />
    </div>
  );
}

/** Paste an invite link (received by message, say) to open its join screen. */
function JoinWithLink() {
  const t = useT("organisation");
  const ids = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  function submit(): void {
    try {
      navigate(joinPath.href({ query: inviteQuery(parseInviteLink(text)) }));
    } catch (problem) {
      if (!(problem instanceof InviteLinkError)) throw problem;
      setError(t(`join.linkProblem.${problem.code}`));
      focusField(`${ids}-link`);
    }
  }
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t("home.joinTitle")}</h2>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField
          id={`${ids}-link`}
          label={t("home.joinLink")}
          description={t("home.joinHelp")}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(undefined);
          }}
          inputMode="url"
          {...(error === undefined ? {} : { errorMessage: error })}
        />
        <FormActions>
          <Button type="submit">{t("home.joinSubmit")}</Button>
        </FormActions>
      </Form>
    </section>
  );
}
