import type { Roster } from "@chapterhouse/crdt/membership";
import type { OpenSummary } from "@chapterhouse/crdt/report";
import { tallyRule } from "@chapterhouse/crdt/votes";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { useMemberLabel } from "../profiles/index.js";
import type { BallotOption } from "./components/ballot-option.js";
import { RuleSummary } from "./components/RuleSummary.js";
import type { ShownReport } from "./shown-vote.js";
import { useDescribeRule } from "./components/use-describe-rule.js";
import { localDay } from "./local-time.js";

/** Props of what a vote is. */
export interface VoteDetailsProps {
  readonly open: OpenSummary;
  readonly report: Pick<ShownReport, "electorate" | "standing">;
  readonly options: readonly BallotOption[];
  readonly roster: Roster;
  /** The version's number, if known. */
  readonly versionNumber: number | undefined;
}

/**
 * What an open fixed, in two layers: on the page, the rule, the times and who votes; in "About
 * this vote", how the rule decides, the options, who opened it and the weights; and in its
 * technical details, the ballot boxes and the records it rests on.
 */
export function VoteDetails({ open, report, options, roster, versionNumber }: VoteDetailsProps) {
  const t = useT("votes");
  const format = useFormat();
  const labelOf = useMemberLabel();
  const rule = tallyRule(open.body);
  const { name: ruleName } = useDescribeRule()(rule);
  const { body } = open;
  const chapterName = (id: string) => roster.chapters.get(id as never)?.name ?? t("details.unknownChapter", { id: id.slice(0, 8) });
  const boxChapters = [...new Set(body.boxes.list.map((box) => box.chapter))];
  const electorate =
    report.electorate === null
      ? t("details.electorateUnknown")
      : t("details.electorate", { count: report.electorate.members, members: format.count(report.electorate.members), weight: format.count(report.electorate.weight) });
  const settings = body.delegations;
  const delegation =
    settings === undefined
      ? t("details.delegationOff")
      : [
          t("details.delegationOn", { count: settings.depth, n: format.count(settings.depth) }),
          ...(settings.cap === null ? [] : [t("details.delegationCap", { n: format.count(settings.cap) })]),
          ...(settings.topic === null ? [] : [t("details.delegationTopic", { topic: settings.topic })]),
        ].join(" ");
  return (
    <div className="vote-details">
      <DataList
        items={[
          { id: "rule", term: t("details.rule"), details: ruleName },
          { id: "closes", term: t("details.closes"), details: format.dateTime(body.closesAt, { weekday: true }) },
          { id: "final", term: t("details.final"), details: format.dateTime(body.finalAt, { weekday: true }) },
          { id: "electorate", term: t("details.who"), details: <span data-testid="vote-electorate">{electorate}</span> },
          { id: "delegation", term: t("details.delegation"), details: <span data-testid="vote-delegation">{delegation}</span> },
          {
            id: "standing",
            term: t("details.standing"),
            details: (
              <span data-testid="vote-standing">
                {report.standing === undefined
                  ? t("details.standingOff")
                  : t("details.standingOn", { count: report.standing.excluded, n: format.count(report.standing.excluded), day: format.date(localDay(report.standing.day)) })}
              </span>
            ),
          },
        ]}
      />
      <Disclosure title={t("details.about")} headingLevel={2}>
        <RuleSummary rule={rule} />
        {options.length > 0 && (
          <ul className="vote-option-list" aria-label={t("details.options")}>
            {options.map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ul>
        )}
        <DataList
          items={[
            { id: "version", term: t("details.votedOn"), details: versionNumber === undefined ? t("details.aVersion") : t("details.version", { n: format.count(versionNumber) }) },
            { id: "opened", term: t("details.openedBy"), details: t("details.openedByWhen", { member: labelOf(open.signer), date: format.dateTime(open.at) }) },
            {
              id: "weights",
              term: t("details.weights"),
              details:
                body.weights.length === 0
                  ? t("details.weightsEqual")
                  : t("details.weightsSome", { weights: format.list(body.weights.map((w) => t("details.weightOf", { chapter: chapterName(w.chapter), weight: format.count(w.weight) }))) }),
            },
          ]}
        />
        <Disclosure title={t("details.technical")} headingLevel={3}>
          <DataList
            items={[
              {
                id: "boxes",
                term: t("details.boxes"),
                details: t("details.boxesOf", {
                  count: body.boxes.list.length,
                  n: format.count(body.boxes.list.length),
                  chapters: format.list(boxChapters.map(chapterName)),
                  shards: format.count(body.boxes.shards),
                }),
              },
              { id: "open", term: t("details.openRecord"), details: <code>{open.id}</code> },
              { id: "hash", term: t("details.textHash"), details: <code>{body.textHash}</code> },
            ]}
          />
        </Disclosure>
      </Disclosure>
    </div>
  );
}
