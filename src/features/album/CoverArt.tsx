// The original cover artwork (an SVG drawing, not the official cover): used on the page, in share images and icons.
import type { SVGProps } from 'react';

interface CoverArtProps extends Omit<SVGProps<SVGSVGElement>, 'title'> {
  /** Prefix for gradient ids, unique per drawing on one page. */
  idPrefix?: string;
  /** Draw the lettering (off for small icons). */
  lettering?: boolean;
}

const PETALS = [0, 45, 90, 135, 180, 225, 270, 315];

export function CoverArt({ idPrefix = 'cover', lettering = true, ...svgProps }: CoverArtProps) {
  const bg = `${idPrefix}-bg`;
  const petal = `${idPrefix}-petal`;
  return (
    <svg viewBox="0 0 600 600" xmlns="http://www.w3.org/2000/svg" {...svgProps}>
      <defs>
        <linearGradient id={bg} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#fbe3e6" />
          <stop offset="1" stopColor="#eab0bb" />
        </linearGradient>
        <radialGradient id={petal} cx="0.5" cy="0.35" r="0.75">
          <stop offset="0" stopColor="#f3a9b8" />
          <stop offset="1" stopColor="#b83b5e" />
        </radialGradient>
      </defs>
      <rect width="600" height="600" fill={`url(#${bg})`} />
      <circle cx="300" cy="272" r="196" fill="none" stroke="#b83b5e" strokeOpacity="0.18" strokeWidth="2" />
      <circle cx="300" cy="272" r="150" fill="none" stroke="#b83b5e" strokeOpacity="0.12" strokeWidth="2" />
      <g transform="translate(300 272)">
        {PETALS.map((angle) => (
          <ellipse
            key={angle}
            rx="46"
            ry="98"
            cy="-52"
            transform={`rotate(${angle})`}
            fill={`url(#${petal})`}
            fillOpacity="0.55"
          />
        ))}
        {PETALS.map((angle) => (
          <ellipse
            key={`inner-${angle}`}
            rx="28"
            ry="58"
            cy="-30"
            transform={`rotate(${angle + 22.5})`}
            fill="#9e2f4f"
            fillOpacity="0.5"
          />
        ))}
        <circle r="30" fill="#7d2140" />
        <path
          d="M0 -14 C 12 -14 16 -2 10 6 C 4 14 -10 12 -12 2 C -14 -8 -4 -8 -2 -2"
          fill="none"
          stroke="#fbe3e6"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </g>
      <path
        d="M300 370 C 296 420 306 470 300 540"
        stroke="#5d7a5a"
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
      />
      <path d="M302 450 C 330 430 360 432 378 446 C 352 462 324 462 302 450 Z" fill="#5d7a5a" />
      {lettering && (
        <>
          <text
            x="44"
            y="78"
            fill="#2a1419"
            fontFamily="'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"
            fontSize="30"
            fontWeight="700"
            letterSpacing="8"
          >
            ROSÉ
          </text>
          <text
            x="40"
            y="560"
            fill="#2a1419"
            fontFamily="Georgia, 'Times New Roman', 'DejaVu Serif', serif"
            fontSize="96"
            fontStyle="italic"
          >
            rosie
          </text>
        </>
      )}
    </svg>
  );
}
