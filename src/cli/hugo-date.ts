/**
 * Front matter dates as Hugo reads them (the common layouts of its date parser). A value
 * without a zone is in UTC, Hugo's default `timeZone`. Pure.
 */

export interface HugoDate {
  /** For the feed: `2026-03-01` when only a date was written, else a date-time with seconds and offset. */
  iso: string;
  /** The instant, for comparing with the clock. */
  time: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// 2026-03-01, 2026-03-01T09:30:00, 2026-03-01 09:30:00.5 +01:00, 2026-03-01T09:30:00+0100, ...Z
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?: ?([Zz]|[+-]\d{2}:?\d{2}))?)?$/;
// 01 Mar 2026
const DAY_MONTH_YEAR = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/;

/** A date as Hugo would read it, or null when Hugo could not read it either. */
export function parseHugoDate(value: unknown): HugoDate | null {
  // TOML dates arrive as Date objects whose toISOString keeps what was written (date only, local or offset).
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return parseHugoDate(value.toISOString());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS.indexOf(dmy[2].toLowerCase());
    return month < 0 ? null : fromParts(+dmy[3], month + 1, +dmy[1]);
  }
  const m = ISO.exec(text);
  if (!m) return null;
  if (m[4] === undefined) return fromParts(+m[1], +m[2], +m[3]);
  return fromParts(+m[1], +m[2], +m[3], { hour: +m[4], minute: +m[5], second: +m[6], fraction: m[7] ?? '', zone: m[8] ?? 'Z' });
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  fraction: string;
  zone: string;
}

function fromParts(year: number, month: number, day: number, clock?: Clock): HugoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!clock) return { iso: date, time: utc(year, month, day) };
  const { hour, minute, second, zone } = clock;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  let offset = 'Z';
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const hours = +digits.slice(1, 3);
    const minutes = +digits.slice(3, 5);
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
    offset = `${zone[0]}${pad(hours)}:${pad(minutes)}`;
  }
  // A fraction of zeros (TOML's ".000") says nothing: leave it out.
  const fraction = /^\.0+$/.test(clock.fraction) ? '' : clock.fraction;
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  return {
    iso: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${offset}`,
    time: utc(year, month, day, hour, minute, second) + millis - offsetMinutes * 60_000,
  };
}

function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
