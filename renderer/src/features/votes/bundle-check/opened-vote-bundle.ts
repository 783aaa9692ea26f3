/** A vote bundle file the member opened (PROTOCOL.md B7): its name and its text, not yet checked. */
export interface OpenedVoteBundle {
  readonly fileName: string;
  readonly text: string;
}
