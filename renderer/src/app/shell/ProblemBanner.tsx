import { useObservable } from "../../shared/data/use-observable.js";
import type { Observable } from "../../shared/data/observable-value.js";

/** Background problems (storage, settings) the member should know about, newest last. */
export function ProblemBanner({ problems }: { readonly problems: Observable<readonly string[]> }) {
  const list = useObservable(problems);
  if (list.length === 0) return null;
  return (
    <div className="problem-banner" role="alert">
      <p>Something went wrong on this device:</p>
      <ul>
        {list.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
