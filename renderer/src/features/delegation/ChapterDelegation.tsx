import { MAX_TOPIC, scopeKey, type DelegationScope } from "@chapterhouse/crdt/delegation";
import type { ChapterId, ProposalId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import { useMemberSpace, useOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { chapterScope, chosenByScope, scopeDelegations } from "./chapter-delegations.js";
import { DelegationChoice } from "./DelegationChoice.js";
import { useDelegationEntries } from "./use-delegation-entries.js";

/** Which votes a choice is for (DG1.1). */
type ScopeKind = "chapter" | "topic" | "proposal";

/**
 * A chapter's delegation section (PROTOCOL.md DG): whom the member chose to vote for them when they
 * do not vote — in the chapter and the chapters below, on a topic of the chapter, or on one of its
 * proposals — changing or revoking that choice, and who chose them, for which votes.
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
  const [kind, setKind] = useState<ScopeKind>("chapter");
  const [topic, setTopic] = useState("");
  const [proposal, setProposal] = useState<string | null>(null);
  if (
    space === undefined ||
    session === undefined ||
    view === undefined ||
    current === undefined ||
    entries === undefined
  )
    return null;
  const me = space.member.key;
  const chapterId = current.id;
  const scope: DelegationScope | undefined =
    kind === "chapter" ? chapterScope(chapterId) : kind === "topic" ? (topic.trim() === "" ? undefined : { chapter: chapterId, topic: topic.trim() }) : proposal === null ? undefined : { proposal: proposal as ProposalId };
  const state = scopeDelegations(entries.entries, scope ?? chapterScope(chapterId), me, Date.now());
  const chosenBy = chosenByScope(entries.entries, me, Date.now());
  const scopeText = (of: DelegationScope): string =>
    "proposal" in of
      ? t("scope.proposalNamed", { title: entries.proposals.find((p) => p.id === of.proposal)?.title ?? of.proposal.slice(0, 8) })
      : "topic" in of
        ? t("scope.topicNamed", { topic: of.topic })
        : t("scope.chapterNamed", { chapter: current.name });
  return (
    <div className="chapter-delegation">
      <section aria-labelledby={`${ids}-mine`}>
        <h2 id={`${ids}-mine`}>{t("title", { chapter: current.name })}</h2>
        <p>{t("text")}</p>
        <RadioGroup
          label={t("scope.label")}
          value={kind}
          onChange={(value) => setKind(value as ScopeKind)}
          options={[
            { id: "chapter", label: t("scope.chapter", { chapter: current.name }) },
            { id: "topic", label: t("scope.topic"), description: t("scope.topicHelp") },
            { id: "proposal", label: t("scope.proposal"), isDisabled: entries.proposals.length === 0 },
          ]}
        />
        {kind === "topic" && <TextField label={t("scope.topicField")} limit={MAX_TOPIC} value={topic} onChange={setTopic} />}
        {kind === "proposal" && (
          <Select label={t("scope.proposalField")} options={entries.proposals.map((p) => ({ id: p.id, label: p.title }))} selectedKey={proposal} onSelectionChange={(key) => setProposal(String(key))} />
        )}
        <p role="status">
          {scope === undefined
            ? t("scope.pick")
            : state.mine === undefined || state.mine === null
              ? kind === "chapter"
                ? t("none")
                : t("noneIn", { scope: scopeText(scope) })
              : kind === "chapter"
                ? t("chosen", { member: label(state.mine) })
                : t("chosenIn", { member: label(state.mine), scope: scopeText(scope) })}
        </p>
        <DelegationChoice
          space={space}
          session={session}
          roster={view.roster}
          chapter={chapterId}
          scope={scope}
          lastSeq={state.lastSeq}
          revocable={typeof state.mine === "string"}
          words={{ member: t("member"), save: t("save"), revoke: t("revoke"), revoked: t("revoked"), saved: (member: string) => t("saved", { member }) }}
        />
      </section>
      <section aria-labelledby={`${ids}-me`}>
        <h2 id={`${ids}-me`}>{t("chosenByTitle")}</h2>
        {chosenBy.length === 0 ? (
          <p>{t("chosenByNone")}</p>
        ) : (
          <ul>
            {chosenBy.map(({ member, scope: of }) => (
              <li key={`${member} ${scopeKey(of)}`}>
                <MemberName member={member} /> <span className="delegation-scope">{t("chosenFor", { scope: scopeText(of) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
