import { useEffect, useRef, useState, type DragEvent } from "react";
import { useObservable } from "../../../shared/data/use-observable.js";
import { errorText } from "../../../shared/ui/error-text.js";
import { readBundleFile } from "../../../shared/platform/browser-bundle-files.js";
import { ScreenHeading } from "../../../shared/ui/ScreenHeading.js";
import { BundleCheckView } from "./BundleCheckView.js";
import type { BundleCheck } from "./check-bundle.js";
import { useOpenedVoteBundle } from "./opened-vote-bundle.js";
import { useVotesWorker } from "../votes-worker.js";

/** Largest vote bundle read (PROTOCOL.md V10.3), as the command-line verifier. */
const MAX_VOTE_BUNDLE_BYTES = 512 * 1024 * 1024;

/** Where the check stands. */
type CheckState =
  | { readonly type: "idle" }
  | { readonly type: "checking"; readonly fileName: string }
  | { readonly type: "done"; readonly fileName: string; readonly check: BundleCheck }
  | { readonly type: "failed"; readonly text: string };

/**
 * "Check a vote bundle": a member opens a `.vote-bundle.json` file (file picker or drag-and-drop,
 * or an import that turned out to be one, PROTOCOL.md B7) and sees its verification report, with
 * the verdict `chapterhouse verify` gives the same file. No identity is needed, and nothing of the
 * file is added to this device's organisations.
 */
export function CheckBundleScreen() {
  const reader = useVotesWorker();
  const openedVoteBundle = useOpenedVoteBundle();
  const opened = useObservable(openedVoteBundle);
  const [state, setState] = useState<CheckState>({ type: "idle" });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (opened === undefined) return;
    let current = true;
    setState({ type: "checking", fileName: opened.fileName });
    reader.checkBundle(opened.text).then(
      (check) => current && setState({ type: "done", fileName: opened.fileName, check }),
      (error: unknown) =>
        current && setState({ type: "failed", text: `The file could not be checked: ${errorText(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [opened, reader]);

  const open = async (file: File | undefined): Promise<void> => {
    if (file === undefined) return;
    try {
      const read = file.size > MAX_VOTE_BUNDLE_BYTES ? undefined : await readBundleFile(file);
      if (read?.type === "vote-bundle") {
        openedVoteBundle.set({ fileName: read.fileName, text: read.text });
        return;
      }
      const message =
        read === undefined
          ? `the file has ${file.size} bytes; at most ${MAX_VOTE_BUNDLE_BYTES} are read`
          : read.type === "imported"
            ? "it is an organisation file for sync by file; import it from the Sync by file page"
            : read.type === "invalid"
              ? read.reason
              : "no file was read";
      setState({
        type: "done",
        fileName: file.name,
        check: { type: "unreadable", code: "not-a-bundle", message },
      });
    } catch (error) {
      setState({ type: "failed", text: `The file could not be read: ${errorText(error)}` });
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <div className="check-bundle">
      <ScreenHeading>Check a vote bundle</ScreenHeading>
      <p className="lede">
        A vote bundle (<code>.vote-bundle.json</code>) holds every record one vote rests on. This device
        checks every signature, the electorate and the tally in it, exactly as the command-line verifier (
        <code>chapterhouse verify</code>) does. Nothing in the file is added to your organisations.
      </p>
      <section
        className="drop-zone"
        data-dragging={dragging}
        aria-label="Open a vote bundle"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="bundle-drop-zone"
      >
        <p>Drop a vote bundle file here, or</p>
        <button type="button" className="primary" onClick={() => input.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json"
          hidden
          onChange={(event) => {
            void open(event.currentTarget.files?.[0]);
            event.currentTarget.value = "";
          }}
        />
      </section>
      <CheckResult state={state} />
    </div>
  );
}

function CheckResult({ state }: { readonly state: CheckState }) {
  switch (state.type) {
    case "idle":
      return null;
    case "checking":
      return (
        <p role="status" aria-busy="true">
          Checking {state.fileName}…
        </p>
      );
    case "failed":
      return (
        <p className="error" role="alert">
          {state.text}
        </p>
      );
    case "done":
      return <BundleCheckView fileName={state.fileName} check={state.check} />;
  }
}
