import { useT } from "../../../shared/i18n/use-t.js";

/** Props of the notice shown before a member votes. */
export interface PublicRecordNoticeProps {
  /** The id of the notice, so a button or form can point at it with aria-describedby. */
  readonly id?: string;
}

/**
 * What a ballot is, said before anyone votes (DESIGN.md §8): public, attributable to the member,
 * permanent; changeable until the close, with earlier ballots kept.
 */
export function PublicRecordNotice({ id }: PublicRecordNoticeProps) {
  const t = useT("votes");
  return (
    <div className="ballot-notice" id={id}>
      <p>
        <strong>{t("notice.title")}</strong>
      </p>
      <p>{t("notice.public")}</p>
      <p>{t("notice.change")}</p>
    </div>
  );
}
