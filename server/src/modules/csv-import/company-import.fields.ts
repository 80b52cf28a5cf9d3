import { registerEnumType } from 'type-graphql';

/** The company fields a CSV column can fill. */
export enum CompanyImportField {
  NAME = 'NAME',
  ORG_NUMBER = 'ORG_NUMBER',
  WEBSITE = 'WEBSITE',
  INDUSTRY_CODE = 'INDUSTRY_CODE',
  INDUSTRY_TEXT = 'INDUSTRY_TEXT',
  LEGAL_FORM = 'LEGAL_FORM',
  EMPLOYEES = 'EMPLOYEES',
  ADDRESS = 'ADDRESS',
  POSTAL_CODE = 'POSTAL_CODE',
  POSTAL_PLACE = 'POSTAL_PLACE',
  MUNICIPALITY = 'MUNICIPALITY',
  TARGET_MUNICIPALITY = 'TARGET_MUNICIPALITY',
  SOURCE = 'SOURCE',
  ESTIMATED_JOBS = 'ESTIMATED_JOBS',
}
registerEnumType(CompanyImportField, { name: 'CompanyImportField', description: 'A company field a CSV column can fill.' });

export type ImportKey =
  | 'name' | 'orgNumber' | 'website' | 'industryCode' | 'industryText' | 'legalForm' | 'employees' | 'address'
  | 'postalCode' | 'postalPlace' | 'municipality' | 'targetMunicipality' | 'source' | 'estimatedJobs';

interface FieldSpec {
  /** The property of CreateProspectInput it fills. */
  key: ImportKey;
  /** Whole numbers, written the Norwegian way (1 234). */
  number?: true;
  /** Header names that suggest the field, Norwegian and English, normalised (see normalizeHeader). */
  headers: string[];
}

export const fieldSpecs: Record<CompanyImportField, FieldSpec> = {
  NAME: { key: 'name', headers: ['navn', 'bedrift', 'bedriftsnavn', 'firma', 'firmanavn', 'virksomhet', 'foretaksnavn', 'name', 'company', 'companyname'] },
  ORG_NUMBER: {
    key: 'orgNumber',
    headers: ['organisasjonsnummer', 'orgnr', 'orgnummer', 'organisasjonsnr', 'orgno', 'organizationnumber', 'organisationnumber', 'orgnumber', 'companynumber'],
  },
  WEBSITE: { key: 'website', headers: ['hjemmeside', 'nettside', 'nettsted', 'web', 'website', 'url', 'homepage'] },
  INDUSTRY_CODE: { key: 'industryCode', headers: ['næringskode', 'naeringskode', 'naeringskode1kode', 'nace', 'nacekode', 'industrycode', 'nacecode'] },
  INDUSTRY_TEXT: { key: 'industryText', headers: ['næring', 'naering', 'bransje', 'naeringskode1beskrivelse', 'næringsbeskrivelse', 'industry', 'sector'] },
  LEGAL_FORM: { key: 'legalForm', headers: ['organisasjonsform', 'organisasjonsformkode', 'selskapsform', 'legalform', 'companytype'] },
  EMPLOYEES: { key: 'employees', number: true, headers: ['ansatte', 'antallansatte', 'employees', 'numberofemployees', 'staff'] },
  ADDRESS: { key: 'address', headers: ['adresse', 'forretningsadresse', 'forretningsadresseadresse', 'gateadresse', 'address', 'streetaddress'] },
  POSTAL_CODE: { key: 'postalCode', headers: ['postnummer', 'postnr', 'forretningsadressepostnummer', 'postalcode', 'postcode', 'zip', 'zipcode'] },
  POSTAL_PLACE: { key: 'postalPlace', headers: ['poststed', 'sted', 'forretningsadressepoststed', 'postalplace', 'city', 'town'] },
  MUNICIPALITY: {
    key: 'municipality',
    headers: ['kommunenummer', 'kommunenr', 'kommune', 'forretningsadressekommunenummer', 'municipality', 'municipalitynumber'],
  },
  TARGET_MUNICIPALITY: { key: 'targetMunicipality', headers: ['målkommune', 'maalkommune', 'targetmunicipality'] },
  SOURCE: { key: 'source', headers: ['kilde', 'source', 'leadsource'] },
  ESTIMATED_JOBS: {
    key: 'estimatedJobs',
    number: true,
    headers: ['estimertearbeidsplasser', 'arbeidsplasser', 'nyearbeidsplasser', 'estimatedjobs', 'jobs', 'newjobs'],
  },
};

/** "Org.nr." → "orgnr", "Forretningsadresse.Kommunenummer" → "forretningsadressekommunenummer". */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9æøå]/g, '');

export interface ColumnMappingValue {
  column: string;
  field: CompanyImportField;
}

/** Each field from the first header that names it. */
export function suggestMapping(headers: string[]): ColumnMappingValue[] {
  const mapping: ColumnMappingValue[] = [];
  for (const column of headers) {
    const normalized = normalizeHeader(column);
    const field = (Object.keys(fieldSpecs) as CompanyImportField[]).find((f) => fieldSpecs[f].headers.includes(normalized));
    if (field && !mapping.some((m) => m.field === field)) mapping.push({ column, field });
  }
  return mapping;
}
