/**
 * Groups a nine-digit organisation number as `952 857 991` (no-break spaces, so it never wraps).
 * It is an identifier, not a quantity, so it is grouped by position rather than through Intl.
 * Anything that is not nine digits is shown as given.
 */
export function formatOrgNumber(orgNumber: string): string {
  const digits = orgNumber.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return orgNumber;
  return `${digits.slice(0, 3)}\u00a0${digits.slice(3, 6)}\u00a0${digits.slice(6)}`;
}
