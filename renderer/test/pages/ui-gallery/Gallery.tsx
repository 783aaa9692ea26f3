/**
 * Every component of the UI kit on one page, its words from the `gallery` catalogue, for the
 * end-to-end check of the kit (ui-kit.test.ts): axe-core and findUntranslated in English and
 * Spanish, at phone and desktop sizes, under the desktop's Content-Security-Policy.
 */
import { useEffect, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../../src/shared/i18n/LanguageSwitch.js";
import { useFormat } from "../../../src/shared/i18n/use-format.js";
import { Avatar } from "../../../src/shared/ui/Avatar.js";
import { Breadcrumbs } from "../../../src/shared/ui/Breadcrumbs.js";
import { Button } from "../../../src/shared/ui/Button.js";
import { Card } from "../../../src/shared/ui/Card.js";
import { Checkbox } from "../../../src/shared/ui/Checkbox.js";
import { ConfirmDialog } from "../../../src/shared/ui/ConfirmDialog.js";
import { DataList } from "../../../src/shared/ui/DataList.js";
import { DataTable } from "../../../src/shared/ui/DataTable.js";
import { DialogTrigger } from "../../../src/shared/ui/Dialog.js";
import { Disclosure } from "../../../src/shared/ui/Disclosure.js";
import { EmptyState } from "../../../src/shared/ui/EmptyState.js";
import { Fieldset } from "../../../src/shared/ui/Fieldset.js";
import { Form, FormActions } from "../../../src/shared/ui/Form.js";
import { ItemList } from "../../../src/shared/ui/ItemList.js";
import { Link } from "../../../src/shared/ui/Link.js";
import { MenuButton } from "../../../src/shared/ui/MenuButton.js";
import { NavTree } from "../../../src/shared/ui/NavTree.js";
import { NumberField } from "../../../src/shared/ui/NumberField.js";
import { PageHeading } from "../../../src/shared/ui/PageHeading.js";
import { Problem } from "../../../src/shared/ui/Problem.js";
import { RadioGroup } from "../../../src/shared/ui/RadioGroup.js";
import { RouteTabs } from "../../../src/shared/ui/RouteTabs.js";
import { Select } from "../../../src/shared/ui/Select.js";
import { Skeleton } from "../../../src/shared/ui/Skeleton.js";
import { StatusPill } from "../../../src/shared/ui/StatusPill.js";
import { Switch } from "../../../src/shared/ui/Switch.js";
import { TextArea } from "../../../src/shared/ui/TextArea.js";
import { TextField } from "../../../src/shared/ui/TextField.js";
import { createToastQueue, ToastRegion } from "../../../src/shared/ui/Toasts.js";
import "./gallery.css";

// Sample data: names of places and people are the members' own words, never translated.
const OPENED = Date.UTC(2026, 10, 20, 9, 0);
const CLOSES = Date.UTC(2026, 10, 27, 17, 0);
const NOW = Date.UTC(2026, 10, 24, 12, 0);

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="gallery-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Gallery({ onError }: { readonly onError: (error: unknown) => void }) {
  const { t: translate } = useTranslation();
  const t = translate as (key: string) => string;
  const g = (key: string) => t(`gallery:${key}`);
  const format = useFormat();
  const toasts = useMemo(createToastQueue, []);
  useEffect(() => {
    document.title = g("title");
  });
  return (
    <>
      <main className="gallery">
        <Breadcrumbs
          crumbs={[
            { id: "org", label: "Harbour Co-op", href: "#org" },
            { id: "chapter", label: "València", href: "#chapter" },
          ]}
        />
        <PageHeading>{g("title")}</PageHeading>
        <p>{g("intro")}</p>
        <LanguageSwitch onError={onError} />

        <Section title={g("sections.navigation")}>
          <div className="gallery-columns">
            <NavTree
              label={g("nav.label")}
              currentHref="#chapter"
              defaultExpandedIds={["org", "spain"]}
              nodes={[
                {
                  id: "org",
                  label: "Harbour Co-op",
                  href: "#org",
                  children: [
                    { id: "spain", label: "España", href: "#spain", detail: g("nav.country"), children: [{ id: "chapter", label: "València", href: "#chapter", detail: g("nav.city") }] },
                    { id: "chile", label: "Chile", href: "#chile", detail: g("nav.country") },
                  ],
                },
                { id: "riverside", label: "Riverside Tenants", href: "#riverside" },
              ]}
            />
            <RouteTabs
              label={g("tabs.label")}
              selectedId="overview"
              tabs={[
                { id: "overview", label: g("tabs.overview"), href: "#overview" },
                { id: "proposals", label: g("tabs.proposals"), href: "#proposals" },
                { id: "members", label: g("tabs.members"), href: "#members" },
              ]}
            >
              <p>{g("tabs.panel")}</p>
              <Link href="#guide">{g("actions.help")}</Link>
            </RouteTabs>
          </div>
        </Section>

        <Section title={g("sections.forms")}>
          <Form onSubmit={(event) => event.preventDefault()}>
            <TextField label={g("form.title")} description={g("form.titleHelp")} limit={200} defaultValue={g("form.titleValue")} />
            <TextArea label={g("form.reason")} limit={2000} optional />
            <NumberField label={g("form.dues")} defaultValue={12.5} minValue={0} formatOptions={{ style: "currency", currency: "EUR" }} />
            <Select
              label={g("form.rule")}
              options={[
                { id: "plurality", label: g("form.ruleMost") },
                { id: "approval", label: g("form.ruleApproval") },
                { id: "ranked", label: g("form.ruleRanked") },
              ]}
            />
            <RadioGroup
              label={g("form.join")}
              defaultValue="invite"
              options={[
                { id: "open", label: g("form.joinOpen") },
                { id: "invite", label: g("form.joinInvite"), description: g("form.joinInviteHelp") },
              ]}
            />
            <Fieldset legend={g("form.place")} help={g("form.placeHelp")}>
              <TextField label={g("form.latitude")} inputMode="decimal" />
            </Fieldset>
            <Checkbox>{g("form.agree")}</Checkbox>
            <Switch>{g("form.offline")}</Switch>
            <FormActions>
              <Button type="submit" variant="primary">
                {g("form.send")}
              </Button>
            </FormActions>
          </Form>
        </Section>

        <Section title={g("sections.actions")}>
          <div className="gallery-row">
            <DialogTrigger>
              <Button variant="danger">{g("actions.remove")}</Button>
              <ConfirmDialog title={g("actions.removeTitle")} confirmLabel={g("actions.remove")} tone="danger" onConfirm={() => undefined}>
                {g("actions.removeText")}
              </ConfirmDialog>
            </DialogTrigger>
            <MenuButton
              onAction={() => undefined}
              actions={[
                { id: "rename", label: g("actions.rename") },
                { id: "export", label: g("actions.export"), isDisabled: true },
                { id: "delete", label: g("actions.delete"), tone: "danger" },
              ]}
            />
            <MenuButton onAction={() => undefined} actions={[{ id: "rename", label: g("actions.rename") }]}>
              {g("actions.share")}
            </MenuButton>
            <Button variant="quiet" onPress={() => toasts.add({ title: g("actions.toastTitle"), description: g("actions.toastText"), tone: "success" }, { timeout: 5000 })}>
              {g("actions.toast")}
            </Button>
            <Button size="small">{g("actions.rename")}</Button>
          </div>
        </Section>

        <Section title={g("sections.content")}>
          <Disclosure title={g("content.detailsTitle")}>
            <p>{g("content.detailsText")}</p>
          </Disclosure>
          <Card title={g("content.cardTitle")} footer={<StatusPill tone="info">{g("content.open")}</StatusPill>}>
            <DataList
              items={[
                { id: "opened", term: g("content.opened"), details: format.relative(OPENED, NOW) },
                { id: "closes", term: g("content.closes"), details: format.dateTime(CLOSES, { weekday: true, timeZone: "Europe/Madrid" }) },
                { id: "turnout", term: g("content.turnout"), details: format.percent(1234, 1800) },
                {
                  id: "voters",
                  term: g("content.voters"),
                  details: (
                    <span className="gallery-row">
                      <Avatar name="Ana García" size="small" /> {format.list(["Ana García", "Bo Chen", "Chidi Okafor"])}
                    </span>
                  ),
                },
              ]}
            />
          </Card>
          <ItemList label={g("content.servers")}>
            <li>
              <span>wss://relay.example.org</span>
              <StatusPill tone="success">{g("content.connected")}</StatusPill>
              <Button size="small">{g("actions.rename")}</Button>
            </li>
          </ItemList>
          <div className="gallery-row">
            <StatusPill tone="success">{g("content.decided")}</StatusPill>
            <StatusPill tone="danger">{g("content.invalid")}</StatusPill>
            <StatusPill tone="warning">{g("content.open")}</StatusPill>
            <StatusPill>{g("content.decided")}</StatusPill>
            <Avatar name="Chidi Okafor" decorative={false} size="large" />
          </div>
          <DataTable
            caption={g("content.results")}
            rowKey={(row) => row.option}
            rows={[
              { option: g("content.yes"), votes: 1234 },
              { option: g("content.no"), votes: 566 },
            ]}
            columns={[
              { id: "option", title: g("content.option"), isRowHeader: true, cell: (row) => row.option },
              { id: "votes", title: g("content.votes"), align: "end", cell: (row) => format.count(row.votes) },
              { id: "share", title: g("content.share"), align: "end", cell: (row) => format.percent(row.votes, 1800) },
            ]}
          />
          <Problem details={g("content.problemDetails")}>{g("content.problem")}</Problem>
          <EmptyState title={g("content.emptyTitle")} description={g("content.emptyText")} action={<Button variant="primary">{g("content.emptyAction")}</Button>} />
          <p>{g("content.loading")}</p>
          <Skeleton />
        </Section>
      </main>
      <ToastRegion queue={toasts} />
    </>
  );
}
