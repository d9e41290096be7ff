/**
 * The gallery's states and tiles (demo/states.json, which the end-to-end test reads too) and
 * the URL of the one small page that shows a tile: state.html?state=…&lang=…&theme=….
 */
import type { Locale } from '../src/i18n/locale.js';
import data from './states.json';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export type StateName = keyof typeof data.states;

export interface Tile {
  state: StateName;
  title: string;
  lang?: Locale;
  theme?: Theme;
  /** A narrow tile: the frame is this many CSS pixels wide. */
  width?: number;
}

export interface TileGroup {
  id: string;
  title: string;
  /** Its tiles follow the gallery's language and theme choice. */
  adjustable?: boolean;
  tiles: Tile[];
}

export const STATE_DESCRIPTIONS: Record<StateName, string> = data.states;
export const GROUPS = data.groups as TileGroup[];

export function isStateName(value: string | null): value is StateName {
  return value !== null && Object.hasOwn(STATE_DESCRIPTIONS, value);
}

export function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The state page's URL for a tile, relative to the demo folder. */
export function stateUrl({ state, lang = 'en', theme = 'light' }: Pick<Tile, 'state' | 'lang' | 'theme'>): string {
  return `state.html?${new URLSearchParams({ state, lang, theme })}`;
}
