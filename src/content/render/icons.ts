/**
 * The few icon meanings postings need, as 24×24 stroke paths. Postings name Font Awesome
 * classes; the widget never loads Font Awesome, so a class maps to a meaning or to nothing.
 */
export const ICON_PATHS = {
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  arrow: 'M4 12h15M13 6l6 6-6 6',
  email: 'M3 6h18v12H3zM3 7l9 6 9-6',
  phone:
    'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18',
} as const;

export type IconName = keyof typeof ICON_PATHS;

const FONT_AWESOME_MEANINGS: ReadonlyArray<[RegExp, IconName]> = [
  [/\bfa-(arrow-up-right-from-square|external-link(-alt)?|up-right-from-square)\b/, 'external'],
  [/\bfa-(envelope|at|paper-plane)\b/, 'email'],
  [/\bfa-(phone|mobile(-screen)?)\b/, 'phone'],
  [/\bfa-(globe|earth(-\w+)?|language)\b/, 'globe'],
  [/\bfa-(arrow-right|chevron-right|angle-right|arrow-right-long)\b/, 'arrow'],
];

/** Maps a Font Awesome class list (or one of our own icon names) to an icon, or null. */
export function iconFor(value: string | undefined): IconName | null {
  if (!value) return null;
  const name = value.trim();
  if (Object.hasOwn(ICON_PATHS, name)) return name as IconName;
  for (const [pattern, icon] of FONT_AWESOME_MEANINGS) if (pattern.test(name)) return icon;
  return null;
}
