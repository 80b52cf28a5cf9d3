import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Prospect } from '../prospect/prospect.entity';

@ObjectType({ description: 'What an erasure removed; no personal data.' })
export class ErasePersonResult {
  @Field(() => ID) contactId: string;
  @Field(() => Int) meetingLinksRemoved: number;
  @Field(() => Int, { description: 'Meetings whose minutes, outcome or next step named the person.' }) meetingsRedacted: number;
  @Field(() => Int) auditEntriesAnonymised: number;
}

@ObjectType({ description: 'How long contacts of closed companies are kept.' })
export class RetentionSettings {
  @Field(() => Int, { nullable: true, description: 'Months after the closing date (WON or LOST); null: no rule.' })
  months: number | null;

  @Field(() => Int, { description: 'Send back with every edit; a stale version is a CONFLICT.' })
  version: number;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'What a run of the retention rule erased: contacts by id only (they are gone), and their companies.' })
export class RetentionReport {
  @Field(() => Int, { nullable: true, description: 'The rule applied; null: no rule, nothing erased.' }) months: number | null;
  @Field(() => [ID]) erasedContactIds: string[];
  @Field(() => [ID], { description: 'Closed companies whose contacts were erased.' }) prospectIds: string[];
  @Field(() => [Prospect], { description: 'The same companies, by name.' }) prospects: Prospect[];
}
