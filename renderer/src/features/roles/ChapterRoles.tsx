import { facilitatorAuthority, founderGrant, subtreeOf, type ChapterRoster, type Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import { useId, useState } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import type { ChapterPlace } from "../../shared/routing/chapter-sections.js";
import { Button } from "../../shared/ui/Button.js";
import { ConfirmDialog } from "../../shared/ui/ConfirmDialog.js";
import { DataTable } from "../../shared/ui/DataTable.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { useMemberSpace, useOrganisation, type MemberSpace, type OpenOrganisation } from "../organisation/index.js";
import { MemberName, useMemberLabel } from "../profiles/index.js";
import { useDecisionEntries, type DecisionEntry } from "../votes/index.js";
import { changeRole, type RoleChange } from "./appoint-role.js";
import { KNOWN_ROLES, type KnownRole } from "./role-names.js";
import { useRoleName } from "./use-role-name.js";
import { useRoleProblem } from "./use-role-problem.js";
import "./roles.css";

/** The decision select's choice for a founder's appointment without one (M9.2). */
const NO_DECISION = "none";

/**
 * A chapter's roles section: who holds which role, and, for a founder of the chapter or a
 * facilitator over it, appointing a member and ending a role, each by a decision of the chapter
 * (PROTOCOL.md M9). The chapter page has opened the organisation.
 */
export function ChapterRoles({ organisation, chapter }: ChapterPlace) {
  const t = useT("roles");
  const ids = useId();
  const { space } = useMemberSpace();
  const { session, view } = useOrganisation(space, organisation);
  const current = view?.roster.chapters.get(chapter as ChapterId);
  const decisions = useDecisionEntries(documentUrlOf(organisation), current?.document);
  const roleName = useRoleName();
  const [ending, setEnding] = useState<{ member: MemberKey; role: string } | undefined>(undefined);
  const end = useRoleChange(space, session);
  if (space === undefined || session === undefined || view === undefined || current === undefined) return null;
  const me = space.member.key;
  const founder = founderGrant(view.roster, current.id, me) !== undefined;
  const mayChange = founder || facilitatorAuthority(view.roster, current.id, me) !== undefined;
  return (
    <div className="chapter-roles">
      <section aria-labelledby={`${ids}-held`}>
        <h2 id={`${ids}-held`}>{t("title", { chapter: current.name })}</h2>
        <p>{t("text")}</p>
        {end.failure === undefined ? null : <Problem>{end.failure}</Problem>}
        {current.roles.length === 0 ? (
          <EmptyState headingLevel={3} title={t("noneTitle")} description={mayChange ? t("noneMay") : t("noneText")} />
        ) : (
          <DataTable
            caption={t("caption", { chapter: current.name })}
            rows={current.roles}
            rowKey={(row) => row.grant}
            columns={[
              { id: "member", title: t("member"), isRowHeader: true, cell: (row) => <MemberName member={row.key} /> },
              { id: "role", title: t("role"), cell: (row) => roleName(row.role) },
              ...(mayChange
                ? [
                    {
                      id: "end",
                      title: t("actions"),
                      cell: (row: ChapterRoster["roles"][number]) => (
                        <Button size="small" onPress={() => setEnding({ member: row.key, role: row.role })}>
                          {t("end.button", { role: roleName(row.role) })}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </section>
      {mayChange ? <AppointForm space={space} session={session} chapter={current} founder={founder} decisions={decisions ?? []} candidates={candidatesOf(view.roster, current.id)} /> : null}
      {ending === undefined ? null : (
        <EndRole
          key={`${ending.member} ${ending.role}`}
          founder={founder}
          decisions={decisions ?? []}
          ending={ending}
          onConfirm={(decision) => void end.run({ chapter: current.id, member: ending.member, role: ending.role, decision }, false)}
          onDone={() => setEnding(undefined)}
        />
      )}
    </div>
  );
}

interface ChangeProps {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly chapter: ChapterRoster;
  /** A founder of the chapter may act without a decision (M9.2). */
  readonly founder: boolean;
  readonly decisions: readonly DecisionEntry[];
}

/** The decision to cite: the chapter's recorded decisions, newest first, and for a founder "none". */
function DecisionSelect({ founder, decisions, value, onChange, isDisabled }: Pick<ChangeProps, "founder" | "decisions"> & { readonly value: string | null; readonly onChange: (value: string) => void; readonly isDisabled: boolean }) {
  const t = useT("roles");
  const format = useFormat();
  const options = [
    ...(founder ? [{ id: NO_DECISION, label: t("decision.none") }] : []),
    ...decisions.map((entry) => ({ id: entry.id, label: t("decision.option", { title: entry.title ?? t("decision.untitled"), date: format.date(entry.at) }) })),
  ];
  return (
    <Select
      label={t("decision.label")}
      description={founder ? t("decision.founder") : decisions.length === 0 ? t("decision.noneYet") : t("decision.facilitator")}
      options={options}
      selectedKey={value}
      onSelectionChange={(key) => onChange(String(key))}
      isDisabled={isDisabled || options.length === 0}
    />
  );
}

/** Runs a role change, with the busy state and the refusal's sentence. */
function useRoleChange(
  space: MemberSpace | undefined,
  session: OpenOrganisation | undefined,
): {
  readonly busy: boolean;
  readonly failure: string | undefined;
  readonly run: (change: RoleChange, grant: boolean) => Promise<boolean>;
} {
  const problemText = useRoleProblem();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  async function run(change: RoleChange, grant: boolean): Promise<boolean> {
    if (busy || space === undefined || session === undefined) return false;
    setBusy(true);
    setFailure(undefined);
    try {
      await changeRole(space, session, change, grant);
      return true;
    } catch (problem) {
      setFailure(problemText(problem));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, run };
}

const decisionOf = (value: string | null): RecordId | null => (value === null || value === NO_DECISION ? null : (value as RecordId));

/** Appointing a member of the chapter (or of one below it) to a role. */
/** Who may be appointed in `chapter`: the members of it and of every chapter below it (M9.3). */
function candidatesOf(roster: Roster, chapter: ChapterId): MemberKey[] {
  const keys = new Set<MemberKey>();
  for (const id of subtreeOf(roster, chapter)) for (const key of roster.chapters.get(id)?.members.keys() ?? []) keys.add(key);
  return [...keys];
}

function AppointForm({ space, session, chapter, founder, decisions, candidates }: ChangeProps & { readonly candidates: readonly MemberKey[] }) {
  const t = useT("roles");
  const ids = useId();
  const label = useMemberLabel();
  const roleName = useRoleName();
  const [member, setMember] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>(null);
  const [decision, setDecision] = useState<string | null>(founder ? NO_DECISION : null);
  const [appointed, setAppointed] = useState<string | undefined>(undefined);
  const { busy, failure, run } = useRoleChange(space, session);
  const complete = member !== null && role !== null && (decision !== null || founder);

  return (
    <section aria-labelledby={`${ids}-appoint`}>
      <h2 id={`${ids}-appoint`}>{t("appoint.title")}</h2>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete) return;
          void run({ chapter: chapter.id, member: member as MemberKey, role, decision: decisionOf(decision) }, true).then((done) => {
            if (!done) return;
            setAppointed(t("appoint.done", { member: label(member as MemberKey), role: roleName(role) }));
            setMember(null);
            setRole(null);
          });
        }}
      >
        <div className="roles-fields">
          <Select
            label={t("appoint.member")}
            options={candidates.map((key) => ({ id: key, label: label(key) })).sort((a, b) => a.label.localeCompare(b.label))}
            selectedKey={member}
            onSelectionChange={(key) => setMember(String(key))}
            isDisabled={busy}
          />
          <Select
            label={t("appoint.role")}
            {...(role === null ? {} : { description: t(`names.${role as KnownRole}.does`) })}
            options={KNOWN_ROLES.map((id) => ({ id, label: roleName(id) }))}
            selectedKey={role}
            onSelectionChange={(key) => setRole(String(key))}
            isDisabled={busy}
          />
          <DecisionSelect founder={founder} decisions={decisions} value={decision} onChange={setDecision} isDisabled={busy} />
        </div>
        {failure === undefined ? null : <Problem>{failure}</Problem>}
        {appointed === undefined ? null : (
          <p role="status" className="roles-done">
            {appointed}
          </p>
        )}
        <FormActions>
          <Button type="submit" variant="primary" isDisabled={!complete || busy}>
            {t("appoint.button")}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}

/** Ending a holding: a question naming the member and the role, with the decision to cite. */
function EndRole({
  ending,
  founder,
  decisions,
  onConfirm,
  onDone,
}: Pick<ChangeProps, "founder" | "decisions"> & {
  readonly ending: { readonly member: MemberKey; readonly role: string };
  readonly onConfirm: (decision: RecordId | null) => void;
  readonly onDone: () => void;
}) {
  const t = useT("roles");
  const label = useMemberLabel();
  const roleName = useRoleName();
  const [decision, setDecision] = useState<string | null>(founder ? NO_DECISION : null);
  const names = { member: label(ending.member), role: roleName(ending.role) };
  return (
    <ConfirmDialog
      title={t("end.title", names)}
      confirmLabel={t("end.confirm")}
      tone="danger"
      isOpen
      onOpenChange={(open) => {
        if (!open) onDone();
      }}
      onConfirm={() => onConfirm(decisionOf(decision))}
    >
      <p>{t("end.text", names)}</p>
      <DecisionSelect founder={founder} decisions={decisions} value={decision} onChange={setDecision} isDisabled={false} />
    </ConfirmDialog>
  );
}
