import { parseMoney } from "@chapterhouse/crdt/dues";
import { useFormat } from "../../shared/i18n/use-format.js";
import { useT } from "../../shared/i18n/use-t.js";

/** Reads an amount a person typed in `currency` (PROTOCOL.md DU1.3): minor units, or the sentence saying why not. */
export function useMoneyReader(): (text: string, currency: string) => { readonly minor: number } | { readonly problem: string } {
  const t = useT("dues");
  const format = useFormat();
  return (text, currency) => {
    const digits = format.currencyDigits(currency);
    const read = parseMoney(text, digits);
    return read.ok ? { minor: read.minor } : { problem: t(`money.${read.problem}`, { currency, digits }) };
  };
}
