import { z } from 'zod';
import { currentMunicipalityNumber } from '../municipality/municipalities';
import type { RegisterEntity } from './brreg.types';

const code = z.object({ kode: z.string(), beskrivelse: z.string().nullish() });

/** The fields Magnet reads from an entity of Enhetsregisteret; the rest are dropped. */
const rawEntity = z.object({
  organisasjonsnummer: z.string(),
  navn: z.string(),
  organisasjonsform: code.nullish(),
  naeringskode1: code.nullish(),
  antallAnsatte: z.number().int().nullish(),
  hjemmeside: z.string().nullish(),
  forretningsadresse: z
    .object({
      adresse: z.array(z.string()).nullish(),
      postnummer: z.string().nullish(),
      poststed: z.string().nullish(),
      kommune: z.string().nullish(),
      kommunenummer: z.string().nullish(),
    })
    .nullish(),
  stiftelsesdato: z.string().nullish(),
  konkurs: z.boolean().nullish(),
  underAvvikling: z.boolean().nullish(),
  slettedato: z.string().nullish(),
});

export const entityResponse = rawEntity.transform(toRegisterEntity);

/** A search page; with no hits the register leaves out `_embedded` altogether. */
export const searchResponse = z.object({
  _embedded: z.object({ enheter: z.array(entityResponse) }).nullish(),
  page: z.object({ totalElements: z.number().int(), totalPages: z.number().int(), number: z.number().int() }),
});

function toRegisterEntity(raw: z.output<typeof rawEntity>): RegisterEntity {
  const address = raw.forretningsadresse;
  const lines = address?.adresse?.filter((line) => line.trim() !== '') ?? [];
  return {
    orgNumber: raw.organisasjonsnummer,
    name: raw.navn,
    personalName: raw.organisasjonsform?.kode === 'ENK',
    legalForm: raw.organisasjonsform?.kode ?? null,
    industryCode: raw.naeringskode1?.kode ?? null,
    industryText: raw.naeringskode1?.beskrivelse ?? null,
    employees: raw.antallAnsatte ?? null,
    website: raw.hjemmeside ?? null,
    address: lines.length ? lines.join(', ') : null,
    postalCode: address?.postnummer ?? null,
    postalPlace: address?.poststed ?? null,
    municipalityNumber: address?.kommunenummer ? currentMunicipalityNumber(address.kommunenummer) : null,
    municipalityName: address?.kommune ?? null,
    foundedOn: raw.stiftelsesdato ?? null,
    bankrupt: raw.konkurs ?? null,
    underLiquidation: raw.underAvvikling ?? null,
    deletedOn: raw.slettedato ?? null,
  };
}
