import { graphql } from '../../../gql/gql';

/** What the register tells about a company, as lookup and search both give it (spread with @unmask). */
export const RegisterEntityFieldsFragment = graphql(`
  fragment RegisterEntity_fields on RegisterEntity {
    orgNumber
    name
    personalName
    legalForm
    industryCode
    industryText
    employees
    website
    address
    postalCode
    postalPlace
    municipalityNumber
    municipalityName
    bankrupt
    underLiquidation
  }
`);
