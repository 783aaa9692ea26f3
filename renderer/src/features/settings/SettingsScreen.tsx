import { useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { LanguageSwitch } from "../../shared/i18n/LanguageSwitch.js";
import { settingsSections } from "../../shared/routing/settings-sections.js";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { DataList } from "../../shared/ui/DataList.js";
import { Disclosure } from "../../shared/ui/Disclosure.js";
import { errorText } from "../../shared/ui/error-text.js";
import { FormActions } from "../../shared/ui/Form.js";
import { PageHeading } from "../../shared/ui/PageHeading.js";
import { Problem } from "../../shared/ui/Problem.js";
import { Skeleton } from "../../shared/ui/Skeleton.js";
import { RelaySettings } from "./RelaySettings.js";
import { useVerifierBackend } from "./use-verifier-backend.js";
import { useVerificationInfo } from "./verification-info.js";
import "./settings.css";

/** Settings of this device: its language, what other features add (shared/routing/settings-sections.ts), its sync servers and meeting hosts, and what this page can do. */
export function SettingsScreen() {
  const t = useT("settings");
  const { relays, platform } = useAppData();
  const reader = useVerificationInfo();
  const snapshot = useObservable(relays.relays);
  const backend = useVerifierBackend(reader);
  const { capabilities } = platform;
  const [reloadToApply, setReloadToApply] = useState(false);
  const [languageFailure, setLanguageFailure] = useState<unknown>(undefined);
  // The desktop's page may reach only the servers it lists in its CSP, from its next load (E2.4).
  async function allow(list: readonly string[]): Promise<void> {
    const allowed = await platform.allowRelays(list);
    if (allowed.type === "invalid") throw new Error(`${allowed.url} cannot be used: ${allowed.reason}`);
    if (allowed.reloadToApply) setReloadToApply(true);
  }
  return (
    <div className="settings">
      <PageHeading>{t("title")}</PageHeading>
      <section className="settings-section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t("language.title")}</h2>
        <LanguageSwitch onError={setLanguageFailure} />
        {languageFailure === undefined ? null : <Problem details={errorText(languageFailure)}>{t("language.notSaved")}</Problem>}
      </section>
      {settingsSections.all().map(({ id, Content }) => (
        <Content key={id} />
      ))}
      {snapshot.loaded ? (
        <RelaySettings
          relays={snapshot.relays}
          workOffline={snapshot.workOffline}
          pageProtocol={platform.pageProtocol}
          onAdd={async (url, kind) => {
            await allow([...snapshot.relays.map((relay) => relay.url), url]);
            await relays.addRelay(url, kind);
          }}
          onRemove={async (url) => {
            await relays.removeRelay(url);
            await platform.allowRelays(snapshot.relays.map((relay) => relay.url).filter((other) => other !== url));
          }}
        />
      ) : (
        <Skeleton />
      )}
      {reloadToApply ? (
        <div className="settings-notice" role="status">
          <p>{t("reload.text")}</p>
          <FormActions>
            <Button onPress={() => window.location.reload()}>{t("reload.now")}</Button>
          </FormActions>
        </div>
      ) : null}
      <section className="settings-section" aria-labelledby="settings-device">
        <h2 id="settings-device">{t("device.title")}</h2>
        <DataList
          items={[
            { id: "app", term: t("device.app"), details: platform.kind === "desktop" ? t("device.desktop") : t("device.browser") },
            { id: "secure", term: t("device.secure"), details: capabilities.secureContext ? t("device.secureYes") : `${t("device.secureNo")} ${t("insecure.text")}` },
          ]}
        />
        <Disclosure title={t("device.technical")}>
          <DataList
            items={[
              {
                id: "backend",
                term: t("device.signatures"),
                details: <span data-testid="verifier-backend">{backend === undefined ? t("device.checking") : backend === "webcrypto" || backend === "tweetnacl" ? t(`device.backend.${backend}`) : backend}</span>,
              },
              { id: "runs", term: t("device.runs"), details: reader.runsIn === "worker" ? t("device.worker") : t("device.page") },
            ]}
          />
        </Disclosure>
      </section>
    </div>
  );
}
