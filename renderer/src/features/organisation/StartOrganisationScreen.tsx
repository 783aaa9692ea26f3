import { useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { settingsPath } from "../settings/index.js";
import { ChapterFields } from "./ChapterFields.js";
import type { MemberSpace } from "./member-space.js";
import { chapterPath } from "./paths.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { startOrganisation } from "./start-organisation.js";
import { useChapterFields } from "./use-chapter-fields.js";
import "./chapter.css";

/** Starting an organisation: its international chapter, with the member as founder and facilitator. */
export function StartOrganisationScreen() {
  const t = useT("organisation");
  return <RequireUnlocked title={t("start.title")}>{(space) => <StartForm space={space} />}</RequireUnlocked>;
}

function StartForm({ space }: { readonly space: MemberSpace }) {
  const t = useT("organisation");
  const { relays } = useAppData();
  const snapshot = useObservable(relays.relays);
  const servers = snapshot.relays.filter((r) => r.kind === "relay").map((r) => r.url);
  const fields = useChapterFields();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  async function submit(): Promise<void> {
    if (busy) return;
    setFailure(undefined);
    const values = fields.check();
    if (values === undefined) return;
    setBusy(true);
    try {
      const started = await startOrganisation(space, { ...values, relays: servers });
      navigate(chapterPath.href({ organisation: documentIdOf(started.organisation), chapter: started.chapter }));
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t("start.title")}</PageHeading>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="chapter-invite-target">{t("start.lede")}</p>
        <ChapterFields fields={fields} nameLabel={t("start.name")} disabled={busy} />
        {servers.length === 0 ? (
          <p className="chapter-notice" role="note">
            {t("start.noServer")}{" "}
            <Link href={settingsPath.href()}>{t("start.addServer")}</Link>
          </p>
        ) : (
          <div className="chapter-notice" role="note">
            <p>{t("start.server", { count: servers.length })}</p>
            <Disclosure title={t("start.serversTitle")}>
              <DataList items={servers.map((server, i) => ({ id: server, term: t("start.serverNumber", { number: i + 1 }), details: <code>{server}</code> }))} />
            </Disclosure>
          </div>
        )}
        {failure === undefined ? null : <Problem details={errorText(failure)}>{t("start.failed")}</Problem>}
        <FormActions>
          <Button type="submit" variant="primary">
            {t("start.submit")}
          </Button>
        </FormActions>
      </Form>
    </>
  );
}
