import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import {
  MAX_SITE_ABOUT_LENGTH,
  MAX_SITE_PINNED,
  type Audience,
  type SiteLink,
  type SiteSetting,
} from "@chapterhouse/crdt/site";
import { useState, type FormEvent } from "react";
import { documentUrlOf } from "../../shared/documents/document-ids.js";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useText } from "../../shared/i18n/text-key.js";
import { useT } from "../../shared/i18n/use-t.js";
import { chapterSections } from "../../shared/routing/chapter-sections.js";
import { Button } from "../../shared/ui/Button.js";
import { Checkbox } from "../../shared/ui/Checkbox.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Select } from "../../shared/ui/Select.js";
import { TextField } from "../../shared/ui/TextField.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useDecisionEntries } from "../votes/index.js";
import { SITE_SECTION, sectionsToRecord, showsSection } from "./section-choice.js";
import { setSite } from "./site-actions.js";
import { useSiteProblem } from "./use-site-problem.js";

/** The roles a chapter's setting may name for posting (M9), besides its members and the whole organisation. */
const ROLES = ["moderator", "facilitator"] as const;

/** Links as the form edits them: one per line, "title | address". */
const linesOf = (links: readonly SiteLink[]) => links.map((link) => `${link.title} | ${link.url}`).join("\n");
const linksOf = (text: string): SiteLink[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const bar = line.lastIndexOf("|");
      return bar < 0
        ? { title: line, url: "" }
        : { title: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });

/** Recording what a decision set for the chapter's site (PROTOCOL.md SITE1), by a facilitator. */
export function SiteSettingsForm({
  space,
  session,
  organisation,
  chapter,
  site,
  posts,
}: {
  readonly space: MemberSpace;
  readonly session: OpenOrganisation;
  readonly organisation: string;
  readonly chapter: ChapterId;
  readonly site: SiteSetting;
  readonly posts: readonly { readonly id: RecordId; readonly title: string }[];
}) {
  const t = useT("site");
  const format = useFormat();
  const text = useText();
  const problemText = useSiteProblem();
  const document = session.view.get().roster.chapters.get(chapter)?.document;
  const decisions = useDecisionEntries(documentUrlOf(organisation), document);
  const [decision, setDecision] = useState<RecordId | undefined>(undefined);
  const [about, setAbout] = useState(site.about);
  const [links, setLinks] = useState(linesOf(site.links));
  const [pinned, setPinned] = useState<readonly RecordId[]>(site.pinned);
  // SITE1.5: every section of the page but the home page, which always shows (its form is here).
  const choosable = chapterSections.all().filter((section) => section.id !== SITE_SECTION);
  const [sections, setSections] = useState<readonly string[]>(
    choosable.filter((section) => showsSection(site.sections, section.id)).map((section) => section.id),
  );
  const [blog, setBlog] = useState<Audience>(site.posting.blog);
  const [forum, setForum] = useState<Audience>(site.posting.forum);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const audiences = [
    { id: "members", label: t("audience.members") },
    { id: "organisation", label: t("audience.organisation") },
    ...ROLES.map((role) => ({ id: `role:${role}`, label: t(`audience.${role}`) })),
  ];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setDone(false);
    try {
      await setSite(space, session, chapter, {
        decision,
        about,
        links: linksOf(links),
        pinned,
        sections: sectionsToRecord(
          choosable.map((section) => section.id),
          sections,
        ),
        posting: { blog, forum },
      });
      setDone(true);
    } catch (failure) {
      setProblem(problemText(failure));
    }
    setBusy(false);
  };
  return (
    <Disclosure title={t("form.title")}>
      <Form onSubmit={(event) => void submit(event)} aria-label={t("form.title")}>
        <Select
          label={t("form.decision")}
          description={t("form.decisionHelp")}
          options={(decisions ?? []).map((entry) => ({
            id: entry.id,
            label: t("form.decisionOption", {
              title: entry.title ?? t("form.untitled"),
              date: format.date(entry.at),
            }),
          }))}
          selectedKey={decision ?? null}
          onSelectionChange={(key) => setDecision(key === null ? undefined : (String(key) as RecordId))}
          isRequired
          {...(problem === undefined ? {} : { errorMessage: problem })}
        />
        <TextField
          label={t("form.about")}
          value={about}
          onChange={setAbout}
          multiline
          rows={4}
          limit={MAX_SITE_ABOUT_LENGTH}
          optional
        />
        <TextField
          label={t("form.links")}
          description={t("form.linksHelp")}
          value={links}
          onChange={setLinks}
          multiline
          rows={3}
          optional
        />
        {posts.length === 0 ? null : (
          <Fieldset legend={t("form.pinned")} help={t("form.pinnedHelp", { count: MAX_SITE_PINNED })}>
            {posts.map((post) => (
              <Checkbox
                key={post.id}
                isSelected={pinned.includes(post.id)}
                isDisabled={!pinned.includes(post.id) && pinned.length >= MAX_SITE_PINNED}
                onChange={(on) =>
                  setPinned(on ? [...pinned, post.id] : pinned.filter((id) => id !== post.id))
                }
              >
                {post.title}
              </Checkbox>
            ))}
          </Fieldset>
        )}
        <Fieldset legend={t("form.sections")} help={t("form.sectionsHelp")}>
          {choosable.map((section) => (
            <Checkbox
              key={section.id}
              isSelected={sections.includes(section.id)}
              onChange={(on) =>
                setSections(on ? [...sections, section.id] : sections.filter((id) => id !== section.id))
              }
            >
              {text(section.title)}
            </Checkbox>
          ))}
        </Fieldset>
        <Select
          label={t("form.blog")}
          options={audiences}
          selectedKey={blog}
          onSelectionChange={(key) => setBlog(String(key ?? "members") as Audience)}
        />
        <Select
          label={t("form.forum")}
          options={audiences}
          selectedKey={forum}
          onSelectionChange={(key) => setForum(String(key ?? "members") as Audience)}
        />
        <FormActions>
          <Button type="submit" variant="primary" isPending={busy}>
            {t("form.save")}
          </Button>
        </FormActions>
        {done ? <p role="status">{t("form.saved")}</p> : null}
      </Form>
    </Disclosure>
  );
}
