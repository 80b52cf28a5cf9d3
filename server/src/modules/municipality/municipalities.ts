/**
 * Municipalities of Magnet's region and its neighbours (Innlandet, since 2020).
 * Records from 2015–2019 carry the old Hedmark numbers: both are accepted and
 * always stored and reported as the current number.
 */
export interface MunicipalityInfo {
  number: string;
  oldNumber: string;
  name: string;
  /** One of the three owner municipalities of the development company. */
  inRegion: boolean;
}

export const municipalities: readonly MunicipalityInfo[] = [
  { number: '3420', oldNumber: '0427', name: 'Elverum', inRegion: true },
  { number: '3419', oldNumber: '0426', name: 'Våler', inRegion: true },
  { number: '3422', oldNumber: '0429', name: 'Åmot', inRegion: true },
  { number: '3421', oldNumber: '0428', name: 'Trysil', inRegion: false },
  { number: '3412', oldNumber: '0415', name: 'Løten', inRegion: false },
  { number: '3418', oldNumber: '0425', name: 'Åsnes', inRegion: false },
  { number: '3413', oldNumber: '0417', name: 'Stange', inRegion: false },
  { number: '3424', oldNumber: '0432', name: 'Rendalen', inRegion: false },
  { number: '3423', oldNumber: '0430', name: 'Stor-Elvdal', inRegion: false },
  { number: '3403', oldNumber: '0403', name: 'Hamar', inRegion: false },
  { number: '3411', oldNumber: '0412', name: 'Ringsaker', inRegion: false },
];

const byNumber = new Map<string, MunicipalityInfo>();
for (const m of municipalities) {
  byNumber.set(m.number, m);
  byNumber.set(m.oldNumber, m);
}

/** The current number for an old or new municipality number; other valid numbers pass unchanged. */
export function currentMunicipalityNumber(number: string): string {
  return byNumber.get(number)?.number ?? number;
}

/** Both numbers a municipality has had, so filters also match records kept with the old one. */
export function municipalityNumberVariants(number: string): string[] {
  const info = byNumber.get(number);
  return info ? [info.number, info.oldNumber] : [number];
}

export function findMunicipality(number: string): MunicipalityInfo | undefined {
  return byNumber.get(number);
}
