const weights = [3, 2, 7, 6, 5, 4, 3, 2];

/** MOD11 check digit of the first eight digits, or null when no digit fits (remainder 1). */
export function orgNumberCheckDigit(firstEight: string): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** Grouped for reading: 952 857 991. */
export function formatOrgNumber(orgNumber: string): string {
  return orgNumber.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}

/** Strips spaces (people write "952 857 991") and returns the nine digits, or null when invalid. */
export function normalizeOrgNumber(input: string): string | null {
  const digits = input.replace(/[\s\u00a0]/g, '');
  if (!/^[89]\d{8}$/.test(digits)) return null;
  return orgNumberCheckDigit(digits.slice(0, 8)) === Number(digits[8]) ? digits : null;
}
