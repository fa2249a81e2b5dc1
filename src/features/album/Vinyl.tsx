// The record that slides out of the sleeve: grooves, a rose label and a lettered mark so its turn shows.
export function Vinyl() {
  return (
    <svg viewBox="0 0 200 200" className="vinyl" aria-hidden="true" focusable="false">
      <circle cx="100" cy="100" r="98.5" fill="#141012" stroke="#4a3d42" strokeWidth="1.5" />
      {[92, 84, 76, 68, 60, 52].map((r) => (
        <circle key={r} cx="100" cy="100" r={r} fill="none" stroke="#2e2629" strokeWidth="1" />
      ))}
      <path d="M40 48 A 80 80 0 0 1 92 22" fill="none" stroke="#fff" strokeOpacity="0.16" strokeWidth="5" />
      <circle cx="100" cy="100" r="36" fill="#e07a95" />
      <circle cx="100" cy="100" r="36" fill="none" stroke="#9e2f4f" strokeWidth="2" />
      <text
        x="100"
        y="86"
        textAnchor="middle"
        fontFamily="Georgia, 'Times New Roman', serif"
        fontStyle="italic"
        fontSize="15"
        fill="#4a1226"
      >
        rosie
      </text>
      <circle cx="100" cy="100" r="4" fill="#141012" />
    </svg>
  );
}
