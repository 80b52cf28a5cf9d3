import { currentMunicipalityNumber, findMunicipality } from './municipalities';
import { Municipality } from './municipality.type';

export function toMunicipality(number: string | null): Municipality | null {
  if (!number) return null;
  const info = findMunicipality(number);
  return Object.assign(new Municipality(), {
    number: currentMunicipalityNumber(number),
    name: info?.name ?? null,
    inRegion: info?.inRegion ?? false,
  });
}
