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
import { MAX_TOPIC, scopeKey, type DelegationScope } from "@chapterhouse/crdt/delegation";
import type { ProposalId } from "@chapterhouse/crdt/records";
import { RadioGroup } from "../../shared/ui/RadioGroup.js";
import { TextField } from "../../shared/ui/TextField.js";
import { chapterScope, chosenByScope, scopeDelegations } from "./chapter-delegations.js";
import { DelegationProblem } from "./delegation-problem.js";
import { setDelegation } from "./set-delegation.js";
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
  const [choice, setChoice] = useState<string | null>(null);
  const [kind, setKind] = useState<ScopeKind>("chapter");
  const [topic, setTopic] = useState("");
  const [proposal, setProposal] = useState<string | null>(null);
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
  const candidates = new Set<MemberKey>();
  for (const id of subtreeOf(view.roster, current.id))
    for (const key of view.roster.chapters.get(id)?.members.keys() ?? []) if (key !== me) candidates.add(key);

  async function save(to: MemberKey | null) {
    if (busy || space === undefined || session === undefined || current === undefined || scope === undefined) return;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await setDelegation(space, session, { chapter: current.id, scope, to, lastSeq: state.lastSeq });
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
            <Button type="submit" variant="primary" isDisabled={choice === null || scope === undefined || busy}>
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
