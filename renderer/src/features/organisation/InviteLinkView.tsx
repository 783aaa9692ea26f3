import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { Button } from "../../shared/ui/Button.js";
import { FormActions } from "../../shared/ui/Form.js";
import { TextField } from "../../shared/ui/TextField.js";
import "./chapter.css";

/** An invite link as text to copy and as a QR code to scan. */
export function InviteLinkView({ link }: { readonly link: string }) {
  const t = useT("organisation");
  const [qr, setQr] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<"copied" | "failed" | undefined>(undefined);
  useEffect(() => {
    let live = true;
    toDataURL(link, { errorCorrectionLevel: "M", margin: 2, width: 240 }).then(
      (url) => live && setQr(url),
      () => live && setQr(undefined),
    );
    return () => {
      live = false;
    };
  }, [link]);
  return (
    <div className="chapter-invite-link" data-testid="invite-link">
      <TextField label={t("inviteLink.label")} value={link} isReadOnly onFocus={(event) => event.target.select()} />
      <FormActions>
        <Button
          onPress={() => {
            navigator.clipboard.writeText(link).then(
              () => setCopied("copied"),
              () => setCopied("failed"),
            );
          }}
        >
          {t("inviteLink.copy")}
        </Button>
        <span role="status">{copied === undefined ? null : t(`inviteLink.${copied}`)}</span>
      </FormActions>
      {qr === undefined ? null : <img className="chapter-qr" src={qr} width={240} height={240} alt={t("inviteLink.qr")} />}
    </div>
  );
}
