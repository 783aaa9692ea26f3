import { useId, useState, type FormEvent } from "react";
import { useObservable } from "../../shared/data/use-observable.js";
import { errorText } from "../../shared/ui/error-text.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { inviteQuery, parseInviteLink } from "./invite-link.js";
import { chapterPath, joinPath, startOrganisationPath } from "./paths.js";
import { navigate } from "../../shared/routing/navigate.js";
import type { MemberSpace } from "./member-space.js";

/** The member's organisations, starting one and joining one with a link: on the home screen, below what needs them. */
export function YourOrganisations({ space }: { readonly space: MemberSpace }) {
  const home = useObservable(space.homeView);
  const organisations = home.entries.organisations;
  return (
    <section aria-labelledby="your-organisations">
      <h2 id="your-organisations">Your organisations</h2>
      {!home.loaded || organisations.length === 0 ? null : (
        <ul className="card-list" aria-label="Organisations">
          {organisations.map((o) => (
            <li key={o.organisation}>
              <a href={chapterPath.href({ organisation: documentIdOf(o.organisation), chapter: o.root })}>{o.name}</a>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <a className="button primary" href={startOrganisationPath.href()}>
          Start an organisation
        </a>
      </div>
      <JoinWithLink />
    </section>
  );
}

/** Paste an invite link (e.g. received by message) to open its join screen. */
function JoinWithLink() {
  const ids = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    try {
      navigate(joinPath.href({ query: inviteQuery(parseInviteLink(text)) }));
    } catch (problem) {
      setError(errorText(problem));
    }
  }
  return (
    <section aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Join with an invite link</h2>
      <form onSubmit={submit} noValidate className="inline-form">
        <div className="field">
          <label htmlFor={`${ids}-link`}>Invite link</label>
          <input
            id={`${ids}-link`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(undefined);
            }}
            inputMode="url"
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={error === undefined ? undefined : `${ids}-error`}
          />
        </div>
        {error === undefined ? null : (
          <p id={`${ids}-error`} className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit">Open invite</button>
        </div>
      </form>
    </section>
  );
}
