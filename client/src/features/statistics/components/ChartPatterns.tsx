/**
 * Fills that tell series apart without colour, so a chart reads on a black-and-white print:
 * solid, white, diagonal lines, dots, cross-hatch, horizontal lines. Ids are prefixed per chart.
 */
export const patternCount = 6;

export function patternFill(prefix: string, index: number): string {
  return `url(#${prefix}-p${index % patternCount})`;
}

export function ChartPatterns({ prefix }: { prefix: string }) {
  const ink = '#1c2430';
  return (
    <defs>
      <pattern id={`${prefix}-p0`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={ink} />
      </pattern>
      <pattern id={`${prefix}-p1`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
      </pattern>
      <pattern id={`${prefix}-p2`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={ink} strokeWidth="2.5" />
      </pattern>
      <pattern id={`${prefix}-p3`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <circle cx="3" cy="3" r="1.4" fill={ink} />
      </pattern>
      <pattern id={`${prefix}-p4`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <path d="M0 0L6 6M6 0L0 6" stroke={ink} strokeWidth="1" />
      </pattern>
      <pattern id={`${prefix}-p5`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <line x1="0" y1="3" x2="6" y2="3" stroke={ink} strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

/** A legend swatch with the same fill as the chart. */
export function PatternSwatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg className="legend-swatch" width="14" height="14" aria-hidden="true">
      <ChartPatterns prefix={`${prefix}-s${index}`} />
      <rect x="0.5" y="0.5" width="13" height="13" fill={patternFill(`${prefix}-s${index}`, index)} stroke="#1c2430" />
    </svg>
  );
}
