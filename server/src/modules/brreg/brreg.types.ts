import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum RegisterLookupStatus {
  FOUND = 'FOUND',
  DELETED = 'DELETED',
  NOT_FOUND = 'NOT_FOUND',
  REMOVED = 'REMOVED',
  INVALID = 'INVALID',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(RegisterLookupStatus, {
  name: 'RegisterLookupStatus',
  description: 'What Enhetsregisteret answered for an organisation number.',
  valuesConfig: {
    DELETED: { description: 'The entity is deleted; only its name, legal form and deletion date remain.' },
    REMOVED: { description: 'Removed from the register for legal reasons (HTTP 410): must not be kept.' },
    INVALID: { description: 'Not a valid organisation number (format or MOD11); the register was not asked.' },
    UNAVAILABLE: { description: 'The register did not answer in time or answered with an error.' },
  },
});

export enum RegisterSearchStatus {
  OK = 'OK',
  BEYOND_LIMIT = 'BEYOND_LIMIT',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(RegisterSearchStatus, {
  name: 'RegisterSearchStatus',
  valuesConfig: { BEYOND_LIMIT: { description: 'The register pages no deeper than (page + 1) · size = 10 000.' } },
});

@ObjectType({ description: 'A company as Enhetsregisteret describes it; fields the register leaves out are null.' })
export class RegisterEntity {
  @Field(() => String, { description: 'Nine digits.' })
  orgNumber: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: "A sole proprietorship (ENK) is named after its owner: the name is personal data." })
  personalName: boolean;

  @Field(() => String, { nullable: true, description: 'Legal form code, e.g. AS or ENK.' })
  legalForm: string | null;

  @Field(() => String, { nullable: true, description: 'Industry code (SN2025) as given by the register.' })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  industryText: string | null;

  @Field(() => Int, { nullable: true, description: 'Null when the register has no count (not 0).' })
  employees: number | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Business address lines joined with ", ".' })
  address: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  postalPlace: string | null;

  @Field(() => String, { nullable: true, description: 'Current numbering: 0427 is reported as 3420.' })
  municipalityNumber: string | null;

  @Field(() => String, { nullable: true, description: 'As the register writes it, e.g. ELVERUM.' })
  municipalityName: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  foundedOn: string | null;

  @Field(() => Boolean, { nullable: true })
  bankrupt: boolean | null;

  @Field(() => Boolean, { nullable: true })
  underLiquidation: boolean | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  deletedOn: string | null;
}

@ObjectType()
export class RegisterLookupResult {
  @Field(() => RegisterLookupStatus)
  status: RegisterLookupStatus;

  @Field(() => RegisterEntity, { nullable: true, description: 'Set when FOUND or DELETED.' })
  entity: RegisterEntity | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  deletedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the user should know or do, in Norwegian.' })
  message: string | null;
}

@ObjectType()
export class RegisterSearchResult {
  @Field(() => RegisterSearchStatus)
  status: RegisterSearchStatus;

  @Field(() => [RegisterEntity])
  entities: RegisterEntity[];

  @Field(() => Int, { description: 'Hits in the register, across all pages.' })
  total: number;

  @Field(() => Int, { description: 'Zero-based.' })
  page: number;

  @Field(() => Int)
  totalPages: number;

  @Field(() => String, { nullable: true, description: 'What the user should know or do, in Norwegian.' })
  message: string | null;
}
