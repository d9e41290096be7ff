/** A heading level for `aria-level`, kept within 1–6 whatever the attribute says. */
export function clampLevel(level: number, fallback: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : fallback;
}
