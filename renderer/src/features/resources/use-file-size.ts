import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";

/** A number of bytes in words: bytes, KB (1,024) or MB (1,048,576), the limit stated the same way (RS1.4). */
export function useFileSize(): (bytes: number) => string {
  const t = useT("resources");
  const format = useFormat();
  return (bytes) =>
    bytes < 1024
      ? t("size.bytes", { count: bytes, number: format.count(bytes) })
      : bytes < 1_048_576
        ? t("size.kilobytes", { number: format.number(bytes / 1024, 1) })
        : t("size.megabytes", { number: format.number(bytes / 1_048_576, 1) });
}
