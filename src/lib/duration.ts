// Track durations: "m:ss" strings in the data, seconds for sums, "m:ss" or "h:mm:ss" for display.
import { twoDigits } from './digits.ts';

/** Seconds in an "m:ss" duration; null for an unknown (null) duration. */
export function durationSeconds(duration: string | null): number | null {
  if (duration === null) return null;
  const match = /^(\d+):([0-5]\d)$/.exec(duration);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "m:ss" for under an hour, "h:mm:ss" above. */
export function formatSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${twoDigits(m)}:${twoDigits(s)}` : `${m}:${twoDigits(s)}`;
}

export interface Runtime {
  /** Sum of the known durations. */
  seconds: number;
  /** How many tracks have no verified duration (not counted in `seconds`). */
  unknown: number;
}

export function totalRuntime(tracks: readonly { duration: string | null }[]): Runtime {
  let seconds = 0;
  let unknown = 0;
  for (const t of tracks) {
    const s = durationSeconds(t.duration);
    if (s === null) unknown += 1;
    else seconds += s;
  }
  return { seconds, unknown };
}

/** A duration for screen readers: "3 minutes 36 seconds". */
export function spokenDuration(duration: string): { minutes: number; seconds: number } | null {
  const s = durationSeconds(duration);
  return s === null ? null : { minutes: Math.floor(s / 60), seconds: s % 60 };
}
