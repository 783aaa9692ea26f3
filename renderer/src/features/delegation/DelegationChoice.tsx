import type { DelegationScope } from "@chapterhouse/crdt/delegation";
import { subtreeOf, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { errorText } from "../../shared/ui/error-text.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useMemberLabel } from "../profiles/index.js";
import { DelegationProblem } from "./delegation-problem.js";
import { setDelegation } from "./set-delegation.js";

/** What the form says, in the words of where it stands (the chapter's section, a proposal's tab). */
export interface ChoiceWords {
  readonly member: string;
  readonly save: string;
  readonly revoke: string;
  readonly revoked: string;
  readonly saved: (member: string) => string;
}

/**
 * Setting, changing or revoking whom the member chooses to vote for them in `chapter` for `scope`
 * (PROTOCOL.md DG1.1): any other member of the chapter or a chapter below it; undefined while the
 * member has not said which votes. Revoking is offered when `revocable`.
 */
export function DelegationChoice({
  space,
  session,
  roster,
  chapter,
  scope,
  lastSeq,
  revocable,
  words,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly roster: Roster;
  readonly chapter: ChapterId;
  readonly scope: DelegationScope | undefined;
  /** The highest `seq` of the member's records in the scope (DG2.5). */
  readonly lastSeq: number;
  readonly revocable: boolean;
  readonly words: ChoiceWords;
}) {
  const t = useT("delegation");
  const label = useMemberLabel();
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const me = space.member.key;
  const candidates = new Set<MemberKey>();
  for (const id of subtreeOf(roster, chapter)) for (const key of roster.chapters.get(id)?.members.keys() ?? []) if (key !== me) candidates.add(key);

  async function save(to: MemberKey | null) {
    if (busy || scope === undefined) return;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await setDelegation(space, session, { chapter, scope, to, lastSeq });
      setDone(to === null ? words.revoked : words.saved(label(to)));
      setChoice(null);
    } catch (problem) {
      setFailure(problem instanceof DelegationProblem ? t(`problems.${problem.code}`) : t("problems.unexpected", { detail: errorText(problem) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== null) void save(choice as MemberKey);
      }}
    >
      <Select
        label={words.member}
        options={[...candidates].map((key) => ({ id: key, label: label(key) })).sort((a, b) => a.label.localeCompare(b.label))}
        selectedKey={choice}
        onSelectionChange={(key) => setChoice(String(key))}
        isDisabled={busy}
      />
      {failure === undefined ? null : <Problem>{failure}</Problem>}
      {done === undefined ? null : <p role="status">{done}</p>}
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={choice === null || scope === undefined || busy}>
          {words.save}
        </Button>
        {revocable ? (
          <Button onPress={() => void save(null)} isDisabled={busy}>
            {words.revoke}
          </Button>
        ) : null}
      </FormActions>
    </Form>
  );
}
