import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useId } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ProposalPlace } from "../../shared/routing/proposal-sections.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { DelegationChoice } from "./DelegationChoice.js";
import { proposalDelegation } from "./proposal-delegation.js";
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
  if (space === undefined || session === undefined || roster === undefined || deciding === undefined) return null;
  if (entries === undefined) return <Skeleton lines={3} />;
  const me = space.member.key;
  const state = proposalDelegation(entries, { proposal: proposal as ProposalId, chapter: deciding.id, ancestors }, me, Date.now());
  const weight = format.count(OWN_WEIGHT);
  const chapterName = (of: ChapterId) => roster.chapters.get(of)?.name ?? of;

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
        <DelegationChoice
          space={space}
          session={session}
          roster={roster}
          chapter={deciding.id}
          scope={{ proposal: proposal as ProposalId }}
          lastSeq={state.lastSeq}
          revocable={typeof state.here === "string" || typeof applies === "object"}
          words={{ member: t("proposal.member"), save: t("proposal.save"), revoke: t("proposal.revoke"), revoked: t("proposal.revoked"), saved: (member: string) => t("proposal.saved", { member }) }}
        />
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
