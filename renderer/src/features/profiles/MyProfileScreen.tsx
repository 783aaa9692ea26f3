import {
  MAX_BIO_LENGTH,
  MAX_MEMBER_NAME_LENGTH,
  bioProblem,
  memberNameProblem,
} from "@chapterhouse/crdt/profiles";
import { useState } from "react";
import { EVERYWHERE } from "../../shared/documents/document-layer.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { EmptyState } from "../../shared/ui/EmptyState.js";
import { errorText } from "../../shared/ui/error-text.js";
import { Form, FormActions } from "../../shared/ui/Form.js";
import { Link } from "../../shared/ui/Link.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { TextField } from "../../shared/ui/TextField.js";
import { RequireUnlocked, startOrganisationPath, type MemberSpace } from "../organisation/index.js";
import { Fingerprint } from "./Fingerprint.js";
import { KeyDetails } from "./KeyDetails.js";
import { PictureField, type PictureChoice } from "./PictureField.js";
import { useOwnProfile } from "./use-own-profile.js";
import { useProfilePicture } from "./use-profile-picture.js";

/** The member's own profile: what others see of them, changed and signed here (PF5.5). */
export function MyProfileScreen() {
  const t = useT("profiles");
  return <RequireUnlocked title={t("mine.title")}>{(space) => <MyProfile space={space} />}</RequireUnlocked>;
}

/** What the last save came to: said below the form. */
type SaveOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: unknown };

function MyProfile({ space }: { readonly space: MemberSpace }) {
  const t = useT("profiles");
  const { held, organisations, loaded } = useOwnProfile(space);
  // Kept above the form: the saved profile, read back, starts the form again, and "Saved" stays said.
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>(undefined);
  const current = held.current;
  const { key, boxKey } = space.member;
  const name = current?.name ?? space.member.name;
  return (
    <div className="profile-screen">
      <PageHeading>{t("mine.title")}</PageHeading>
      <p>{t("mine.intro")}</p>
      {!loaded ? (
        <p aria-busy="true">{t("mine.loading")}</p>
      ) : organisations === 0 ? (
        <EmptyState
          title={t("mine.noOrganisation.title")}
          description={t("mine.noOrganisation.description")}
          action={<Link href={startOrganisationPath.href()}>{t("mine.noOrganisation.action")}</Link>}
        />
      ) : (
        <>
          {/* A new profile read back (saved here or on another device) starts the form again from it. */}
          <ProfileForm key={current?.id ?? "none"} space={space} name={name} bio={current?.bio ?? ""} picture={current?.picture ?? null} onOutcome={setOutcome} />
          <div aria-live="polite">
            {outcome === undefined ? null : outcome.ok ? (
              <p role="status">{outcome.text}</p>
            ) : (
              <Problem details={errorText(outcome.error)}>{t("mine.problems.save")}</Problem>
            )}
          </div>
        </>
      )}
      <Fingerprint member={key} name={name} mine />
      <KeyDetails member={key} box={boxKey} />
    </div>
  );
}

function ProfileForm({
  space,
  name,
  bio,
  picture,
  onOutcome,
}: {
  readonly space: MemberSpace;
  readonly name: string;
  readonly bio: string;
  readonly picture: PictureChoice;
  readonly onOutcome: (outcome: SaveOutcome | undefined) => void;
}) {
  const t = useT("profiles");
  const [typedName, setName] = useState(name);
  const [typedBio, setBio] = useState(bio);
  const [chosen, setPicture] = useState<PictureChoice>(picture);
  const [saving, setSaving] = useState(false);
  const saved = useProfilePicture(space, EVERYWHERE, space.member.key, picture !== null && !("bytes" in picture) ? picture : null);
  const cleanName = typedName.trim();
  // PF1.2: lines are separated by line feeds alone, and no white space at either end.
  const cleanBio = typedBio.replace(/\r\n?/g, "\n").trim();
  const nameProblem =
    cleanName === ""
      ? typedName === ""
        ? undefined // isRequired says so
        : t("mine.problems.nameEmpty")
      : memberNameProblem(cleanName) === undefined || cleanName.length > MAX_MEMBER_NAME_LENGTH // the field's count says so
        ? undefined
        : t("mine.problems.name");
  const bioWrong =
    bioProblem(cleanBio) !== undefined && cleanBio.length <= MAX_BIO_LENGTH
      ? t("mine.problems.bio")
      : undefined;
  const save = () => {
    if (nameProblem !== undefined || bioWrong !== undefined) return;
    setSaving(true);
    onOutcome(undefined);
    space.profile
      .save({ name: cleanName, bio: cleanBio, picture: chosen })
      .then((record) =>
        onOutcome({ ok: true, text: record === undefined ? t("mine.unchanged") : t("mine.saved") }),
      )
      .catch((error: unknown) => onOutcome({ ok: false, error }))
      .finally(() => setSaving(false));
  };
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <TextField
        label={t("mine.name")}
        description={t("mine.nameDescription")}
        value={typedName}
        onChange={setName}
        limit={MAX_MEMBER_NAME_LENGTH}
        isRequired
        {...(nameProblem === undefined ? {} : { errorMessage: nameProblem })}
      />
      <TextField
        label={t("mine.bio")}
        description={t("mine.bioDescription")}
        value={typedBio}
        onChange={setBio}
        limit={MAX_BIO_LENGTH}
        multiline
        optional
        {...(bioWrong === undefined ? {} : { errorMessage: bioWrong })}
      />
      <PictureField
        name={cleanName === "" ? name : cleanName}
        value={chosen}
        saved={saved}
        onChange={setPicture}
      />
      <FormActions>
        <Button type="submit" variant="primary" isPending={saving}>
          {t("mine.save")}
        </Button>
      </FormActions>
    </Form>
  );
}
