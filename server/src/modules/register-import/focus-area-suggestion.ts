/**
 * The focus area an industry code suggests (shared/domain.md § Focus areas).
 * A help for the person who adds the company, never set automatically.
 */
const prefixes: Record<string, string[]> = {
  BIOECONOMY: ['02', '16.110', '16.210', '16.260', '17.1', '20.510', '35.30', '01', '10', '11'],
  BIOECONOMY_PHARMA: ['21.10', '21.20', '46.46', '72.1', '32.50'],
  DEFENCE_LOGISTICS: ['84.220', '52.100', '52.240', '52.250', '49.410', '33.1', '80.0', '56.220'],
  PUBLIC_HEALTH: ['86', '87', '88', '93.130'],
};

const byLength = Object.entries(prefixes)
  .flatMap(([key, list]) => list.map((prefix) => ({ prefix, key })))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** The key of the suggested focus area (longest matching prefix), or null. */
export function suggestFocusAreaKey(industryCode: string | null): string | null {
  if (!industryCode) return null;
  return byLength.find((s) => industryCode.startsWith(s.prefix))?.key ?? null;
}
