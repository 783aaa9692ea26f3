import type { ChapterId, MemberKey, ProposalId } from "@chapterhouse/crdt/records";
import { subtreeOf } from "@chapterhouse/crdt/membership";
import { useId, useState } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ProposalPlace } from "../../shared/routing/proposal-sections.js";
import { Button } from "../../shared/ui/Button.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { errorText } from "../../shared/ui/error-text.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { DelegationProblem } from "./delegation-problem.js";
import { proposalDelegation } from "./proposal-delegation.js";
import { setDelegation } from "./set-delegation.js";
import { useDelegationsIn } from "./use-delegation-entries.js";

/** A member's own weight in a vote unless its open weighs sub-chapters otherwise (V2.2). */
const OWN_WEIGHT = 1;

/**
 * Who votes for the member on one proposal, on the proposal's page (PROTOCOL.md DG1.1 `{ proposal }`,
 * DG3): the choice that applies and where it comes from, the weight it gives, setting, changing or
 * revoking a choice for this proposal alone, and whose votes on it come to the member.
 */
export function ProposalDelegation({ organisation, chapter, proposal }: ProposalPlace) {
  const t = useT("delegation");
  const format = useFormat();
  const label = useMemberLabel();
  const ids = useId();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const roster = view?.roster;
  const deciding = roster?.chapters.get(chapter as ChapterId);
  // The deciding chapter's ancestors, nearest first: their choices for the chapters below apply too (DG3).
  const ancestors: ChapterId[] = [];
  for (let at = deciding?.parent ?? null; at !== null && roster !== undefined; at = roster.chapters.get(at)?.parent ?? null) ancestors.push(at);
  const documents = roster === undefined || deciding === undefined ? undefined : [deciding.document, ...ancestors.flatMap((id) => roster.chapters.get(id)?.document ?? [])];
  const entries = useDelegationsIn(documentUrlOf(organisation), documents);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  if (space === undefined || session === undefined || roster === undefined || deciding === undefined) return null;
  if (entries === undefined) return <Skeleton lines={3} />;
  const me = space.member.key;
  const state = proposalDelegation(entries, { proposal: proposal as ProposalId, chapter: deciding.id, ancestors }, me, Date.now());
  const candidates = new Set<MemberKey>();
  for (const id of subtreeOf(roster, deciding.id)) for (const key of roster.chapters.get(id)?.members.keys() ?? []) if (key !== me) candidates.add(key);
  const weight = format.count(OWN_WEIGHT);
  const chapterName = (of: ChapterId) => roster.chapters.get(of)?.name ?? of;

  async function save(to: MemberKey | null) {
    if (busy || space === undefined || session === undefined || deciding === undefined) return;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await setDelegation(space, session, { chapter: deciding.id, scope: { proposal: proposal as ProposalId }, to, lastSeq: state.lastSeq });
      setDone(to === null ? t("proposal.revoked") : t("proposal.saved", { member: label(to) }));
      setChoice(null);
    } catch (problem) {
      setFailure(problem instanceof DelegationProblem ? t(`problems.${problem.code}`) : t("problems.unexpected", { detail: errorText(problem) }));
    } finally {
      setBusy(false);
    }
  }

  const applies = state.applies;
  return (
    <div className="proposal-delegation">
      <section aria-labelledby={`${ids}-mine`}>
        <h2 id={`${ids}-mine`}>{t("proposal.title")}</h2>
        <p>{t("proposal.text")}</p>
        <p role="status" data-testid="proposal-delegation">
          {typeof applies === "object"
            ? state.fromProposal
              ? t("proposal.chosen", { member: label(applies.to), weight })
              : t("proposal.inherited", { member: label(applies.to), weight, chapter: "chapter" in applies.record.scope ? chapterName(applies.record.scope.chapter) : "" })
            : applies === "declined"
              ? t("proposal.declined", { weight })
              : state.here === null
                ? t("proposal.noOneHere", { weight })
                : t("proposal.none", { weight })}
        </p>
        <Form
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice !== null) void save(choice as MemberKey);
          }}
        >
          <Select
            label={t("proposal.member")}
            options={[...candidates].map((key) => ({ id: key, label: label(key) })).sort((a, b) => a.label.localeCompare(b.label))}
            selectedKey={choice}
            onSelectionChange={(key) => setChoice(String(key))}
            isDisabled={busy}
          />
          {failure === undefined ? null : <Problem>{failure}</Problem>}
          {done === undefined ? null : <p role="status">{done}</p>}
          <FormActions>
            <Button type="submit" variant="primary" isDisabled={choice === null || busy}>
              {t("proposal.save")}
            </Button>
            {typeof state.here === "string" || typeof applies === "object" ? (
              <Button onPress={() => void save(null)} isDisabled={busy}>
                {t("proposal.revoke")}
              </Button>
            ) : null}
          </FormActions>
        </Form>
      </section>
      <section aria-labelledby={`${ids}-me`}>
        <h2 id={`${ids}-me`}>{t("proposal.carriedTitle")}</h2>
        {state.carried.length === 0 ? (
          <p>{t("proposal.carriedNone", { weight })}</p>
        ) : (
          <>
            <p data-testid="proposal-carried">
              {t("proposal.carried", { count: state.carried.length, n: format.count(state.carried.length), weight: format.count(OWN_WEIGHT * (1 + state.carried.length)) })}
            </p>
            <ul aria-label={t("proposal.carriedList")}>
              {state.carried.map((member) => (
                <li key={member}>
                  <MemberName member={member} />
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{t("proposal.note")}</p>
      </section>
    </div>
  );
}
