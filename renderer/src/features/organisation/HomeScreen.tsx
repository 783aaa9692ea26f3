import { useId, useState } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { focusField } from "../../shared/ui/focus-field.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { TextField } from "../../shared/ui/TextField.js";
import { InviteLinkError, inviteQuery, parseInviteLink } from "./invite-link.js";
import type { MemberSpace } from "./member-space.js";
import { chapterPath, joinPath, startOrganisationPath } from "./paths.js";
import "./chapter.css";

/** The member's organisations, starting one and joining one with a link: on the home screen, below what needs them. */
export function YourOrganisations({ space }: { readonly space: MemberSpace }) {
  const t = useT("organisation");
  const home = useObservable(space.homeView);
  const organisations = home.entries.organisations;
  const start = (
    <Link href={startOrganisationPath.href()} variant="standalone">
      {t("home.start")}
    </Link>
  );
  return (
    <section aria-labelledby="your-organisations" className="chapter-overview">
      <h2 id="your-organisations">{t("home.title")}</h2>
      {!home.loaded || organisations.length === 0 ? null : (
        <ul className="chapter-list" aria-label={t("home.list")}>
          {organisations.map((o) => (
            <li key={o.organisation}>
              <Link href={chapterPath.href({ organisation: documentIdOf(o.organisation), chapter: o.root })} variant="standalone">
                {o.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>{start}</p>
      <JoinWithLink />
    </section>
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
