import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import "./meetings.css";

/** `text` as a QR code image (qrcode package, drawn into a data: URL, which the CSP allows for images). */
export function QrCode({ text, alt }: { readonly text: string; readonly alt: string }) {
  const [src, setSrc] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    toDataURL(text, { errorCorrectionLevel: "M", margin: 2, width: 240 }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(undefined),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return src === undefined ? null : <img className="meetings-qr" src={src} width={240} height={240} alt={alt} />;
}
