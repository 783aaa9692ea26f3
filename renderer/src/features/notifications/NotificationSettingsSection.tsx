import { useId, useMemo, useState } from "react";
import { useAppData } from "../../shared/data/app-data-context.js";
import { useObservable } from "../../shared/data/use-observable.js";
import { useT } from "../../shared/i18n/use-t.js";
import { ALWAYS_ON, NOTIFICATION_KINDS, notificationSources } from "../../shared/routing/notification-sources.js";
import type { SystemPermission } from "../../shared/platform/system-notifications.js";
import { Fieldset } from "../../shared/ui/Fieldset.js";
import { Switch } from "../../shared/ui/Switch.js";
import { useMemberSpace, type MemberSpace } from "../organisation/index.js";
import { isShown } from "./notification-settings.js";
import { useNotificationState } from "./notification-state.js";

/**
 * The member's notification choices on this device (NOTE3), in the settings screen: each kind a
 * registered source gives (the always-on ones say so), and system notifications (NOTE4), asked
 * for when the member turns them on.
 */
export function NotificationSettingsSection() {
  const t = useT("notifications");
  const { space } = useMemberSpace();
  const heading = useId();
  return (
    <section className="settings-section" aria-labelledby={heading}>
      <h2 id={heading}>{t("settings.title")}</h2>
      {space === undefined ? <p>{t("settings.locked")}</p> : <Choices space={space} />}
    </section>
  );
}

function Choices({ space }: { readonly space: MemberSpace }) {
  const t = useT("notifications");
  const { platform } = useAppData();
  const state = useNotificationState();
  const member = space.member.key;
  const { settings } = useObservable(useMemo(() => state.of(member), [state, member]));
  const [permission, setPermission] = useState<SystemPermission>(() => platform.systemNotifications.permission());
  const given = new Set(notificationSources.all().flatMap((source) => source.kinds));
  const kinds = NOTIFICATION_KINDS.filter((kind) => given.has(kind));
  async function system(on: boolean): Promise<void> {
    const allowed = on && permission !== "granted" ? await platform.systemNotifications.request() : permission;
    setPermission(allowed);
    await state.setSettings(member, { ...settings, system: on && allowed === "granted" });
  }
  return (
    <>
      <p>{t("settings.text")}</p>
      <Fieldset legend={t("settings.kinds")}>
        {kinds.map((kind) =>
          ALWAYS_ON.has(kind) ? (
            <div key={kind}>
              <Switch isSelected isDisabled>
                {t(`settings.kind.${kind}`)}
              </Switch>
              <p className="notifications-help">{t("settings.alwaysOn")}</p>
            </div>
          ) : (
            <Switch
              key={kind}
              isSelected={isShown(kind, settings)}
              onChange={(on) => {
                const off = new Set(settings.off);
                if (on) off.delete(kind);
                else off.add(kind);
                void state.setSettings(member, { ...settings, off });
              }}
            >
              {t(`settings.kind.${kind}`)}
            </Switch>
          ),
        )}
      </Fieldset>
      <Switch isSelected={settings.system} isDisabled={permission === "unsupported"} onChange={(on) => void system(on)}>
        {t("settings.system")}
      </Switch>
      <p className="notifications-help">
        {permission === "unsupported" ? t("settings.systemUnsupported") : permission === "denied" ? t("settings.systemDenied") : t("settings.systemHelp")}
      </p>
    </>
  );
}
