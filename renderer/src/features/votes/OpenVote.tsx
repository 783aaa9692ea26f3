import { useState } from "react";
import type { Roster } from "@chapterhouse/crdt/membership";
import type { ChapterId, MemberKey, RecordId } from "@chapterhouse/crdt/records";
import type { VersionSummary } from "@chapterhouse/crdt/report";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Dialog, DialogTrigger } from "../../shared/ui/Dialog.js";
import { OpenVoteForm, type OpenVoteChoice } from "./OpenVoteForm.js";

/** Opening a vote, for the proposal's author or a facilitator: a button, and the form in a dialog that closes once the vote is open. */
export function OpenVote({
  roster,
  chapter,
  versions,
  replaces,
  now,
  onOpen,
  paidUp,
  membersPresent,
  again,
  assembly,
}: {
  readonly roster: Roster;
  readonly chapter: ChapterId;
  readonly versions: readonly VersionSummary[];
  readonly replaces: readonly RecordId[];
  readonly now: number;
  readonly onOpen: (choice: OpenVoteChoice) => Promise<void>;
  /** Paid-up dates for the count of members in good standing (DU8.8). */
  readonly paidUp: () => Promise<ReadonlyMap<MemberKey, string>>;
  /** The members checked in at an assembly, for the count of members present (AS8.7). */
  readonly membersPresent: (assembly: RecordId) => Promise<readonly MemberKey[]>;
  /** A vote is open already: this opens a new one that replaces it. */
  readonly again: boolean;
  /** The assembly the page was opened from (AS8): the form offers its members present as the electorate. */
  readonly assembly: RecordId | null;
}) {
  const t = useT("votes");
  const [open, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button variant={again ? "secondary" : "primary"}>{again ? t("open.again") : t("open.button")}</Button>
      <Dialog title={t("open.title")}>
        <OpenVoteForm
          roster={roster}
          chapter={chapter}
          versions={versions}
          replaces={replaces}
          now={now}
          assembly={assembly}
          onOpen={async (choice) => {
            await onOpen(choice);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
          paidUp={paidUp}
          membersPresent={membersPresent}
        />
      </Dialog>
    </DialogTrigger>
  );
}
