/**
 * iCalendar's content lines (RFC 5545 §3.1) and TEXT values (§3.3.11): what the .ics export writes
 * (PROTOCOL.md EV6.1). Pure and never throws.
 */

/** The UTF-8 length of one code point. */
const octetsOf = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Longest content line, in octets, not counting its CRLF (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, a line
 * break (CRLF, CR or LF) becomes `\n`; other control characters, which TEXT may not hold, are left out.
 */
export function escapeIcsText(text: string): string {
  const lines = text.replace(/\r\n|\r/g, "\n");
  let out = "";
  for (const char of lines) {
    const unit = char.charCodeAt(0);
    if (char === "\n") out += "\\n";
    else if (char === "\\" || char === ";" || char === ",") out += `\\${char}`;
    else if (unit === 0x09 || (unit >= 0x20 && unit !== 0x7f)) out += char;
  }
  return out;
}

/**
 * One content line folded (RFC 5545 §3.1): no line longer than 75 octets, each continuation line
 * starting with one space, never splitting a character's UTF-8 bytes. Lines end in CRLF.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0)!);
    // A continuation line's leading space counts towards its 75 octets.
    if (octets + size > ICS_LINE_OCTETS) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.map((part) => `${part}\r\n`).join("");
}
