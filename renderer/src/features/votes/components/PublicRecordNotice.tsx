/** Props of the notice shown before a member votes. */
export interface PublicRecordNoticeProps {
  /** The id of the notice, so a button or form can point at it with aria-describedby. */
  readonly id?: string;
}

/**
 * What a ballot is, said before anyone votes (DESIGN.md §8): public, signed with the member's key,
 * permanent; changeable until the close, with earlier ballots kept in the record.
 */
export function PublicRecordNotice({ id }: PublicRecordNoticeProps) {
  return (
    <div className="notice ballot-notice" id={id}>
      <p>
        <strong>Your ballot is a public, signed, permanent record.</strong>
      </p>
      <p>
        Every member can see how you voted. Your ballot is signed with your key, so it shows it is yours, and it can
        never be deleted or made anonymous.
      </p>
      <p>
        You can change your ballot until voting closes. Only your latest ballot counts, but earlier ones stay in the
        record.
      </p>
    </div>
  );
}
