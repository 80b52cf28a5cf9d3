// WCAG relative luminance of an sRGB channel given as 0–255.
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Black or white, whichever contrasts more with the background colour `#rrggbb`
 * (focus-area colours are stored in that form), so chip text stays readable on any colour.
 */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(background.slice(i, i + 2), 16)));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  return contrastWithBlack >= contrastWithWhite ? '#000000' : '#ffffff';
}
