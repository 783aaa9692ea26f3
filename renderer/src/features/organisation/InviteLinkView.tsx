import { toDataURL } from "qrcode";
import { useEffect, useId, useState } from "react";

/** An invite link as text to copy and as a QR code to scan. */
export function InviteLinkView({ link }: { readonly link: string }) {
  const ids = useId();
  const [qr, setQr] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState("");
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
    <div className="invite-link" data-testid="invite-link">
      <div className="field">
        <label htmlFor={`${ids}-link`}>Invite link</label>
        <input id={`${ids}-link`} readOnly value={link} onFocus={(e) => e.target.select()} />
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            navigator.clipboard.writeText(link).then(
              () => setCopied("Link copied."),
              () => setCopied("Could not copy: select the link and copy it yourself."),
            );
          }}
        >
          Copy link
        </button>
        <span role="status">{copied}</span>
      </div>
      {qr === undefined ? null : <img className="qr" src={qr} width={240} height={240} alt="QR code of the invite link: scan it with a phone's camera to open the link." />}
    </div>
  );
}
