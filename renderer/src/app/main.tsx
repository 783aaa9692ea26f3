import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import "./features.js";
import { openAppServices } from "./open-app-services.js";
import { startWebPage } from "./start-web-page.js";
import { ObservableValue } from "../shared/data/observable-value.js";
import { reportMissingKey } from "../shared/i18n/create-i18n.js";
import { dexieLanguageStore } from "../shared/i18n/language-store.js";
import { LanguageProvider } from "../shared/i18n/LanguageProvider.js";
import { startTranslations } from "../shared/i18n/translations.js";
import { choosePlatform } from "../shared/platform/choose-platform.js";
import "../shared/ui/tokens.css";
import "./styles.css";

const MAX_PROBLEMS = 5;
const problems = new ObservableValue<readonly unknown[]>([]);
function reportProblem(error: unknown): void {
  console.error(error);
  problems.set([...problems.get(), error].slice(-MAX_PROBLEMS));
}

const platform = choosePlatform(window);
const services = openAppServices(platform, reportProblem);
startWebPage(window, services.data, reportProblem);
// The member's language (stored choice, else the browser's, else English) before the first render.
const translations = await startTranslations({
  store: dexieLanguageStore(services.data.db),
  browserLanguages: navigator.languages,
  root: document.documentElement,
  onError: reportProblem,
  ...(import.meta.env.MODE === "test" ? { onMissingKey: reportMissingKey } : {}),
});

if (import.meta.env.MODE === "test") {
  // Compiled only into the end-to-end test build (`vite build --mode test`).
  const { installTestHooks } = await import("./test-hooks/install-test-hooks.js");
  installTestHooks(window, services, translations);
}

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <LanguageProvider translations={translations}>
      <App services={services} problems={problems} onError={reportProblem} />
    </LanguageProvider>
  </StrictMode>,
);
