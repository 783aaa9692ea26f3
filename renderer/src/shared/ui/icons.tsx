/**
 * The kit's few icons, drawn in the text colour. Always decorative: the control that shows one
 * carries the words (its label or aria-label).
 */
const PATHS = {
  chevronDown: "M6 9l6 6 6-6",
  chevronRight: "M9 6l6 6-6 6",
  bell: "M6 16V10a6 6 0 0112 0v6l2 2H4l2-2M10 21h4",
  check: "M5 12l5 5 9-10",
  close: "M6 6l12 12M18 6L6 18",
  minus: "M5 12h14",
  plus: "M12 5v14M5 12h14",
  more: "M5 12h.01M12 12h.01M19 12h.01",
} as const;

/** One of the kit's icons, hidden from assistive technology. */
export function Icon({ name, className }: { readonly name: keyof typeof PATHS; readonly className?: string }) {
  return (
    <svg className={className === undefined ? "ui-Icon" : `ui-Icon ${className}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth={name === "more" ? 4 : 2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
