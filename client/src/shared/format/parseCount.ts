/**
 * A whole number as people type it: `1 200` (also with the no-break spaces a copied figure
 * has). Empty is null (unknown); anything else that is not a whole number is NaN.
 */
export function parseCount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return /^\d{1,9}$/.test(compact) ? Number(compact) : Number.NaN;
}
