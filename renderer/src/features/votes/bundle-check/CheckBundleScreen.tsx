import { useEffect, useRef, useState, type DragEvent } from "react";
import { useObservable } from "../../../shared/data/use-observable.js";
import { useFormat } from "../../../shared/i18n/use-format.js";
import { useT } from "../../../shared/i18n/use-t.js";
import { Button } from "../../../shared/ui/Button.js";
import { Disclosure } from "../../../shared/ui/Disclosure.js";
import { errorText } from "../../../shared/ui/error-text.js";
import { PageHeading } from "../../../shared/ui/PageHeading.js";
import { readBundleFile } from "../../../shared/platform/browser-bundle-files.js";
import { BundleCheckView } from "./BundleCheckView.js";
import type { BundleCheck } from "./check-bundle.js";
import { useOpenedVoteBundle } from "./opened-vote-bundle.js";
import { useVotesWorker } from "../votes-worker.js";
import "../votes.css";

/** Largest vote bundle read (PROTOCOL.md V10.3), as the command-line verifier. */
const MAX_VOTE_BUNDLE_BYTES = 512 * 1024 * 1024;

/** Why a file was not checked at all, before any verifying (a key of the votes catalogue's `check.refused`). */
type Refusal = "too-big" | "organisation-file" | "invalid" | "nothing";

/** Where the check stands. */
type CheckState =
  | { readonly type: "idle" }
  | { readonly type: "checking"; readonly fileName: string }
  | { readonly type: "done"; readonly fileName: string; readonly check: BundleCheck }
  | { readonly type: "refused"; readonly fileName: string; readonly reason: Refusal; readonly detail: string }
  | { readonly type: "failed"; readonly detail: string };

/**
 * "Check a vote bundle": a member opens a `.vote-bundle.json` file (file picker or drag-and-drop,
 * or an import that turned out to be one, PROTOCOL.md B7) and sees its verification report, with
 * the verdict `chapterhouse verify` gives the same file. No identity is needed, and nothing of the
 * file is added to this device's organisations.
 */
export function CheckBundleScreen() {
  const t = useT("votes");
  const format = useFormat();
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
      (error: unknown) => current && setState({ type: "failed", detail: errorText(error) }),
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
      const refusal: { readonly reason: Refusal; readonly detail: string } =
        read === undefined
          ? { reason: "too-big", detail: t("check.tooBigDetail", { size: format.count(file.size), limit: format.count(MAX_VOTE_BUNDLE_BYTES) }) }
          : read.type === "imported"
            ? { reason: "organisation-file", detail: "" }
            : read.type === "invalid"
              ? { reason: "invalid", detail: read.reason }
              : { reason: "nothing", detail: "" };
      setState({ type: "refused", fileName: file.name, ...refusal });
    } catch (error) {
      setState({ type: "failed", detail: errorText(error) });
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <div className="check-bundle">
      <PageHeading>{t("check.title")}</PageHeading>
      <p className="vote-lede">{t("check.lede")}</p>
      <Disclosure title={t("check.howTitle")}>
        <p>{t("check.how")}</p>
      </Disclosure>
      <section
        className="drop-zone"
        data-dragging={dragging}
        aria-label={t("check.open")}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="bundle-drop-zone"
      >
        <p>{t("check.drop")}</p>
        <Button variant="primary" onPress={() => input.current?.click()}>
          {t("check.choose")}
        </Button>
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
  const t = useT("votes");
  switch (state.type) {
    case "idle":
      return null;
    case "checking":
      return (
        <p role="status" aria-busy="true">
          {t("check.checking", { file: state.fileName })}
        </p>
      );
    case "failed":
      return (
        <p className="vote-problem" role="alert">
          {t("check.failed", { detail: state.detail })}
        </p>
      );
    case "refused":
      return (
        <section className="bundle-check" aria-label={state.fileName} data-verdict="unreadable">
          <h2>{state.fileName}</h2>
          <div className="bundle-verdict" data-testid="bundle-verdict" data-verdict="unreadable" role="status">
            <p>
              <strong>{t("check.notABundle")}</strong> {t(`check.refused.${state.reason}`)}
            </p>
            {state.detail === "" ? null : <p className="ballot-help">{state.detail}</p>}
          </div>
        </section>
      );
    case "done":
      return <BundleCheckView fileName={state.fileName} check={state.check} />;
  }
}
