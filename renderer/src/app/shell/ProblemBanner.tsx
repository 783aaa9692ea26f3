import { useObservable } from "../../shared/data/use-observable.js";
import type { ObservableValue } from "../../shared/data/observable-value.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import "./ProblemBanner.css";

/**
 * Background failures (storage, settings) the member should know about: said plainly, each
 * one's own technical account under "Details", until the member dismisses them.
 */
export function ProblemBanner({ problems }: { readonly problems: ObservableValue<readonly unknown[]> }) {
  const t = useT("app");
  const list = useObservable(problems);
  if (list.length === 0) return null;
  return (
    <div className="problem-banner" role="alert">
      <p className="problem-banner-text">{t("problems.text", { count: list.length })}</p>
      <Disclosure title={t("problems.details")} headingLevel={2}>
        <ul className="problem-banner-list">
          {list.map((problem, index) => (
            <li key={index}>{errorText(problem)}</li>
          ))}
        </ul>
      </Disclosure>
      <Button size="small" onPress={() => problems.set([])}>
        {t("problems.dismiss")}
      </Button>
    </div>
  );
}
