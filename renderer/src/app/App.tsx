import type { AppData } from "../shared/data/app-data.js";
import type { Observable } from "../shared/data/observable-value.js";
import { Shell } from "./shell/Shell.js";
import { AppDataContext } from "../shared/data/app-data-context.js";

/** The whole app over one device's data. */
export function App({
  data,
  problems,
  onError,
}: {
  readonly data: AppData;
  readonly problems: Observable<readonly string[]>;
  readonly onError: (error: unknown) => void;
}) {
  return (
    <AppDataContext.Provider value={data}>
      <Shell problems={problems} onError={onError} />
    </AppDataContext.Provider>
  );
}
