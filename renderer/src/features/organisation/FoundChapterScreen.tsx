import type { Level } from "@chapterhouse/crdt/membership";
import type { ChapterId } from "@chapterhouse/crdt/records";
import { useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { navigate } from "../../shared/routing/navigate.js";
import { Button } from "../../shared/ui/Button.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Select } from "../../shared/ui/Select.js";
import { ChapterFields } from "./ChapterFields.js";
import { foundChapter, levelsBelow } from "./found-chapter.js";
import type { MemberSpace } from "./member-space.js";
import { organisationPendingState } from "./organisation-pending.js";
import { OrganisationPending } from "./OrganisationPending.js";
import { chapterPath } from "./paths.js";
import { RequireUnlocked } from "./RequireUnlocked.js";
import { useChapterFields } from "./use-chapter-fields.js";
import { useOrganisation } from "./use-organisation.js";
import "./chapter.css";

/** Founding a sub-chapter of a chapter the member belongs to: name, level, place, how people join. */
export function FoundChapterScreen({ organisation, parent }: { readonly organisation: string; readonly parent: string }) {
  const t = useT("organisation");
  return <RequireUnlocked title={t("found.title")}>{(space) => <FoundForm space={space} organisation={organisation} parent={parent as ChapterId} />}</RequireUnlocked>;
}

function FoundForm({ space, organisation, parent }: { readonly space: MemberSpace; readonly organisation: string; readonly parent: ChapterId }) {
  const t = useT("organisation");
  const { session, view } = useOrganisation(space, organisation);
  const fields = useChapterFields();
  const [level, setLevel] = useState<Level | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);

  const pending = organisationPendingState(view);
  const parentChapter = view?.roster.chapters.get(parent);
  if (pending !== undefined || session === undefined || parentChapter === undefined) {
    return (
      <>
        <PageHeading>{t("found.title")}</PageHeading>
        <OrganisationPending state={pending ?? "opening"} />
      </>
    );
  }
  const levels = levelsBelow(parentChapter.level);
  const chosen = level ?? levels[0];

  async function submit(): Promise<void> {
    if (busy) return;
    setFailure(undefined);
    const values = fields.check();
    if (values === undefined || chosen === undefined || session === undefined) return;
    setBusy(true);
    try {
      const chapter = await foundChapter(space, session, { ...values, parent, level: chosen });
      navigate(chapterPath.href({ organisation, chapter }));
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t("found.titleOf", { chapter: parentChapter.name })}</PageHeading>
      <Form
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="chapter-invite-target">{t("found.lede", { chapter: parentChapter.name })}</p>
        <Select
          label={t("found.level")}
          options={levels.map((l) => ({ id: l, label: t(`level.${l}`) }))}
          value={chosen ?? null}
          onChange={(key) => setLevel(levels.find((l) => l === key))}
          isDisabled={busy}
        />
        <ChapterFields fields={fields} nameLabel={t("found.name")} disabled={busy} />
        {failure === undefined ? null : <Problem details={errorText(failure)}>{t("found.failed")}</Problem>}
        <FormActions>
          <Button type="submit" variant="primary">
            {t("found.submit")}
          </Button>
          <Link href={chapterPath.href({ organisation, chapter: parent })} variant="standalone">
            {t("found.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
