import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { errorText } from "../../shared/ui/error-text.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { subtreeOf } from "@chapterhouse/crdt/membership";
import { chapterDelegations } from "./chapter-delegations.js";
import { DelegationProblem } from "./delegation-problem.js";
import { setDelegation } from "./set-delegation.js";
import { useDelegationEntries } from "./use-delegation-entries.js";

/**
 * A chapter's delegation section (PROTOCOL.md DG): whom the member chose to vote for them here and
 * in the chapters below when they do not vote, changing or revoking that choice, and who chose them.
 * The chapter page has opened the organisation.
 */
export function ChapterDelegation({ organisation, chapter }: ChapterPlace) {
  const t = useT("delegation");
  const ids = useId();
  const label = useMemberLabel();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  const entries = useDelegationEntries(documentUrlOf(organisation), current?.document);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  if (
    space === undefined ||
    session === undefined ||
    view === undefined ||
    current === undefined ||
    entries === undefined
  )
    return null;
  const me = space.member.key;
  const state = chapterDelegations(entries, current.id, me, Date.now());
  const candidates = new Set<MemberKey>();
  for (const id of subtreeOf(view.roster, current.id))
    for (const key of view.roster.chapters.get(id)?.members.keys() ?? []) if (key !== me) candidates.add(key);

  async function save(to: MemberKey | null) {
    if (busy || space === undefined || session === undefined || current === undefined) return;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await setDelegation(space, session, { chapter: current.id, to, lastSeq: state.lastSeq });
      setDone(to === null ? t("revoked") : t("saved", { member: label(to) }));
      setChoice(null);
    } catch (problem) {
      setFailure(
        problem instanceof DelegationProblem
          ? t(`problems.${problem.code}`)
          : t("problems.unexpected", { detail: errorText(problem) }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="chapter-delegation">
      <section aria-labelledby={`${ids}-mine`}>
        <h2 id={`${ids}-mine`}>{t("title", { chapter: current.name })}</h2>
        <p>{t("text")}</p>
        <p role="status">
          {state.mine === undefined || state.mine === null
            ? t("none")
            : t("chosen", { member: label(state.mine) })}
        </p>
        <Form
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice !== null) void save(choice as MemberKey);
          }}
        >
          <Select
            label={t("member")}
            options={[...candidates]
              .map((key) => ({ id: key, label: label(key) }))
              .sort((a, b) => a.label.localeCompare(b.label))}
            selectedKey={choice}
            onSelectionChange={(key) => setChoice(String(key))}
            isDisabled={busy}
          />
          {failure === undefined ? null : <Problem>{failure}</Problem>}
          {done === undefined ? null : <p role="status">{done}</p>}
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={choice === null || busy}>
              {t("save")}
            </Button>
            {typeof state.mine === "string" ? (
              <Button onPress={() => void save(null)} isDisabled={busy}>
                {t("revoke")}
              </Button>
            ) : null}
          </FormActions>
        </Form>
      </section>
      <section aria-labelledby={`${ids}-me`}>
        <h2 id={`${ids}-me`}>{t("chosenByTitle")}</h2>
        {state.chosenBy.length === 0 ? (
          <p>{t("chosenByNone")}</p>
        ) : (
          <ul>
            {state.chosenBy.map((key) => (
              <li key={key}>
                <MemberName member={key} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
