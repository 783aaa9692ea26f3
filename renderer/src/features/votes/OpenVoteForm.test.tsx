// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MemberKey, RecordId } from "@chapterhouse/crdt/records";
import en from "../../locales/en/votes.json";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { RULE_ORDER, YES_NO_RULES } from "./components/rule-order.js";
import { fromLocalInput, toLocalInput } from "./local-time.js";
import { OpenVoteForm, type OpenVoteChoice } from "./OpenVoteForm.js";
import { OpenVoteError } from "./open-vote.js";
import { bob, carol, hood, root, roster, version } from "./test-helpers/vote-fixtures.js";

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const options = [
  { id: "tuesday", label: "Tuesday" },
  { id: "thursday", label: "Thursday" },
];

function renderForm(versionOptions = options, assembly: RecordId | null = null) {
  const onOpen = vi.fn<(choice: OpenVoteChoice) => Promise<void>>(() => Promise.resolve());
  renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(versionOptions)]} replaces={[]} now={NOW} assembly={assembly} onOpen={onOpen} />);
  return { onOpen };
}

const preview = () => `${screen.getByTestId("electorate-members").textContent} / ${screen.getByTestId("electorate-weight").textContent}`;

/** Types into a number field and leaves it, as a member does (the field takes the number when left). */
async function typeNumber(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, value: string): Promise<void> {
  const field = screen.getByRole("textbox", { name });
  await user.clear(field);
  await user.type(field, value);
  await user.tab();
}

afterEach(cleanup);

describe("OpenVoteForm", () => {
  it("[DU8.8] before the vote opens, the form counts the members in good standing today and lists who is not, with the date they are paid up to", async () => {
    const user = userEvent.setup();
    // Bob is paid up to the end of the year, carol up to yesterday, alice never paid.
    const paidUp = vi.fn(() => Promise.resolve(new Map([[bob, "2026-12-31"], [carol, "2026-11-25"]])));
    renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={[]} now={NOW} onOpen={() => Promise.resolve()} paidUp={paidUp} />);
    const today = await screen.findByTestId("standing-today");
    expect(today.textContent).toContain("Today 1 of 3 members are in good standing");
    await user.click(within(today).getByRole("button", { name: "2 members not in good standing" }));
    const list = within(today).getByRole("list", { name: "Members not in good standing" });
    // By member, as the vote's report lists them (DU8.6): alice, then carol.
    const [first, second] = within(list).getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(first).toMatch(/— no payment recorded$/);
    expect(second).toMatch(/— paid up to .*2026$/);
    expect(paidUp).toHaveBeenCalledTimes(1);
  });

  it("[V3.3] the electorate preview follows the weights by sub-chapter, computed through the core", async () => {
    const user = userEvent.setup();
    renderForm();
    // alice, bob and carol: members of Riverside Tenants through Old Quay, each counted once.
    expect(preview()).toBe("3 / 3");
    await typeNumber(user, "Weight of members of Old Quay", "3");
    expect(preview()).toBe("3 / 9");
    expect(screen.getByTestId("electorate-preview").textContent).toContain("1 ballot box");
  });

  it("[V2.3] lists the nine rules, each with how it decides and when it fits; option rules need two options", () => {
    renderForm([]);
    const radios = within(screen.getByRole("radiogroup", { name: /^Voting rule/ })).getAllByRole<HTMLInputElement>("radio");
    expect(radios.map((radio) => radio.value)).toEqual([...RULE_ORDER]);
    for (const radio of radios) {
      const type = radio.value as (typeof RULE_ORDER)[number];
      // Named by the rule alone; how it decides and when it fits are its description.
      expect(screen.getByRole("radio", { name: en.rule[type].name })).toBe(radio);
      const option = radio.closest(".ui-RadioField")!.textContent;
      expect(option).toContain(en.rule[type].summary);
      expect(option).toContain(en.rule[type].fitsWhen);
      expect(radio.disabled).toBe(!YES_NO_RULES.has(type));
    }
    expect(screen.getByText("The rules that choose among options need a version with at least two options.")).toBeTruthy();
  });

  it("[V2] opening gives the rule with its parameters, the quorum, the times and the weights", async () => {
    const user = userEvent.setup();
    const { onOpen } = renderForm();
    await user.click(screen.getByRole("radio", { name: /^Supermajority/ }));
    await typeNumber(user, "Threshold: votes for", "3");
    await typeNumber(user, "out of every (votes for and against)", "4");
    await user.click(screen.getByRole("checkbox", { name: "Require a quorum" }));
    await typeNumber(user, "Quorum", "60");
    const closes = toLocalInput(NOW + 3_600_000);
    const final = toLocalInput(NOW + 7_200_000);
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: closes } });
    fireEvent.change(screen.getByLabelText("Final at"), { target: { value: final } });
    await typeNumber(user, "Weight of members of Old Quay", "2");
    expect(screen.getByText(/Passes with at least 3\/4/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0]).toEqual({
      version: version(options),
      rule: { type: "supermajority", threshold: { num: 3, den: 4 } },
      quorum: { num: 3, den: 5 },
      closesAt: fromLocalInput(closes),
      finalAt: fromLocalInput(final),
      weights: [{ chapter: hood, weight: 2 }],
      delegation: { depth: 1, cap: null, topic: null },
      standing: false,
      present: null,
    });
  });

  it("[DG1.4] members' delegations count by default, one level; the chain, a cap and a topic can be set, or delegations turned off", async () => {
    const user = userEvent.setup();
    const { onOpen } = renderForm();
    await typeNumber(user, "Longest chain", "2");
    await user.click(screen.getByRole("checkbox", { name: "Limit how many members one voter represents" }));
    await typeNumber(user, "Most members one voter represents", "5");
    await user.type(screen.getByRole("textbox", { name: /^Topic/ }), "  housing ");
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0].delegation).toEqual({ depth: 2, cap: 5, topic: "housing" });
    await user.click(screen.getByRole("checkbox", { name: "Members who do not vote are represented by the member they chose" }));
    expect(screen.queryByRole("textbox", { name: "Longest chain" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2));
    expect(onOpen.mock.calls[1]![0].delegation).toBeNull();
  });

  it("[DU8.8] before the vote opens the form says whether only members in good standing vote, from which day, and opens it so", async () => {
    const user = userEvent.setup();
    const { onOpen } = renderForm();
    expect(screen.getByTestId("standing-help").textContent).toBe(en.open.standingOff);
    await user.click(screen.getByRole("checkbox", { name: "Only members in good standing vote" }));
    expect(screen.getByTestId("standing-help").textContent).toMatch(/^Only members whose dues are recorded as paid up to the day the vote opens \(Nov 26, 2026, if you open it today\)/);
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0].standing).toBe(true);
  });

  it("[AS8.7] opened from an assembly, the form offers its members present as who votes, chosen by default, and says what it means; elsewhere it does not", async () => {
    const user = userEvent.setup();
    const assembly = "A".repeat(43) as RecordId;
    const { onOpen } = renderForm(options, assembly);
    expect(screen.getByTestId("present-help").textContent).toBe(en.open.presentOn);
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0].present).toBe(assembly);
    await user.click(screen.getByRole("checkbox", { name: "Only the members present at the assembly vote" }));
    expect(screen.getByTestId("present-help").textContent).toBe(en.open.presentOff);
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(2));
    expect(onOpen.mock.calls[1]![0].present).toBeNull();
    cleanup();
    renderForm();
    expect(screen.queryByRole("checkbox", { name: "Only the members present at the assembly vote" })).toBeNull();
  });

  it("[AS8.7] with the members present chosen, the form says how many are checked in and their weight, counting only the electorate; the count goes when all members vote", async () => {
    const user = userEvent.setup();
    const assembly = "A".repeat(43) as RecordId;
    // Bob and carol checked in; dave too, who is no member: not counted.
    const membersPresent = vi.fn(() => Promise.resolve([bob, carol, "dave-key" as MemberKey]));
    renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={[]} now={NOW} assembly={assembly} onOpen={() => Promise.resolve()} membersPresent={membersPresent} />);
    expect((await screen.findByTestId("present-count")).textContent).toBe("2 members present, weight 2");
    expect(membersPresent).toHaveBeenCalledWith(assembly);
    await typeNumber(user, "Weight of members of Old Quay", "3");
    expect(screen.getByTestId("present-count").textContent).toBe("2 members present, weight 6");
    await user.click(screen.getByRole("checkbox", { name: "Only the members present at the assembly vote" }));
    expect(screen.queryByTestId("present-count")).toBeNull();
    cleanup();
    renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={[]} now={NOW} assembly={assembly} onOpen={() => Promise.resolve()} membersPresent={() => Promise.resolve([bob])} />, "es");
    expect((await screen.findByTestId("present-count")).textContent).toBe("1 miembro presente, peso 1");
  });

  it("[DG1.4] a topic longer than 100 characters gets the field's own problem and nothing is opened", async () => {
    const user = userEvent.setup();
    const { onOpen } = renderForm();
    const topic = screen.getByRole("textbox", { name: /^Topic/ });
    fireEvent.change(topic, { target: { value: "x".repeat(101) } });
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    expect(topic.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/1 character too many/)).toBeTruthy();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("[V2.4] a closing time already past, or a finality before the close, is refused with a sentence and nothing is opened", async () => {
    const user = userEvent.setup();
    const { onOpen } = renderForm();
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: toLocalInput(NOW - 60_000) } });
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The closing time must be in the future.");
    fireEvent.change(screen.getByLabelText("Voting closes at"), { target: { value: toLocalInput(NOW + 7_200_000) } });
    fireEvent.change(screen.getByLabelText("Final at"), { target: { value: toLocalInput(NOW + 3_600_000) } });
    await user.click(screen.getByRole("button", { name: "Open the vote" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("The finality time must be at or after the closing time."));
    expect(onOpen).not.toHaveBeenCalled();
  });

  it("[V2.5] a weight is kept within 1 to 1,000: more is taken as the most allowed", async () => {
    const user = userEvent.setup();
    renderForm();
    await typeNumber(user, "Weight of members of Old Quay", "1001");
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Weight of members of Old Quay" }).value).toBe("1,000");
    expect(screen.getByTestId("electorate-weight").textContent).toBe("3,000");
  });

  it("[V2] [I18N3] a refused open is said in plain words, in Spanish", async () => {
    const user = userEvent.setup();
    const refused = () => Promise.reject(new OpenVoteError("no-members", "The chapter has no members to vote."));
    renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={[]} now={NOW} onOpen={refused} />, "es");
    await user.click(screen.getByRole("button", { name: "Abrir la votación" }));
    expect((await screen.findByRole("alert")).textContent).toBe("No se abrió la votación: La sección no tiene miembros que voten.");
  });

  it("says which open votes a new vote replaces", () => {
    renderTranslated(<OpenVoteForm roster={roster} chapter={root} versions={[version(options)]} replaces={["a", "b"] as never} now={NOW} onOpen={() => Promise.resolve()} />);
    expect(screen.getByText(/replaces the 2 votes open on this proposal/)).toBeTruthy();
  });
});
