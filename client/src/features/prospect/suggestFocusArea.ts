/**
 * Industry codes (SN2025) that usually mean a focus area (domain § Focus areas), as digit
 * prefixes: `16.110` → `16110`. A suggestion is a hint the user may follow, never a tag set
 * by itself.
 */
const prefixesByFocusArea: Record<string, readonly string[]> = {
  BIOECONOMY: ['01', '02', '10', '11', '16110', '16210', '16260', '171', '20510', '3530'],
  BIOECONOMY_PHARMA: ['2110', '2120', '3250', '4646', '721'],
  DEFENCE_LOGISTICS: ['331', '49410', '52100', '52240', '52250', '56220', '800', '84220'],
  PUBLIC_HEALTH: ['86', '87', '88', '93130'],
};

/** The key of the focus area an industry code suggests (longest matching prefix), or null. */
export function suggestFocusArea(industryCode: string | null | undefined): string | null {
  const digits = (industryCode ?? '').replace(/\D/g, '');
  if (digits.length < 2) return null;
  let best: { key: string; length: number } | null = null;
  for (const [key, prefixes] of Object.entries(prefixesByFocusArea)) {
    for (const prefix of prefixes) {
      if (digits.startsWith(prefix) && (!best || prefix.length > best.length)) best = { key, length: prefix.length };
    }
  }
  return best?.key ?? null;
}
