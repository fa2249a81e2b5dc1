// A track duration as m:ss, or a plain "length unknown" when the data has none (never a fake 0:00).
export function Duration({ duration, unknownLabel }: { duration: string | null; unknownLabel: string }) {
  if (duration === null) return <span className="duration duration--unknown">{unknownLabel}</span>;
  return <span className="duration tabular">{duration}</span>;
}
