import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { instant, localDate, optionalText, uuid } from '../../shared/validation';
import { MeetingKind } from './meeting.entity';

@InputType()
class MeetingFields {
  @Field(() => [ID], { nullable: true, description: 'The companies it concerns (a network meeting has many).' }) prospectIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Participants from the team.' }) userIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "Participants among the companies' contact persons." }) contactIds?: string[] | null;
  @Field(() => String, { nullable: true }) minutes?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
  @Field(() => String, { nullable: true, description: 'åååå-mm-dd' }) followUpDate?: string | null;
}

@InputType()
export class CreateMeetingInput extends MeetingFields {
  @Field(() => MeetingKind) kind: MeetingKind;
  @Field(() => String, { description: 'ISO 8601 with time zone, e.g. 2026-11-26T13:00:00+01:00.' }) startsAt: string;
}

@InputType()
export class UpdateMeetingInput extends MeetingFields {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => MeetingKind, { nullable: true }) kind?: MeetingKind | null;
  @Field(() => String, { nullable: true }) startsAt?: string | null;
  @Field(() => Boolean, { nullable: true }) followUpDone?: boolean | null;
}

const ids = z.array(uuid()).max(200).nullish();
const fields = {
  prospectIds: ids,
  userIds: ids,
  contactIds: ids,
  minutes: optionalText(20_000, 'Referatet'),
  outcome: optionalText(20_000, 'Utfallet'),
  nextStep: optionalText(20_000, 'Neste steg'),
  followUpDate: localDate().nullish(),
};

export const createMeetingSchema = z.object({ ...fields, kind: z.enum(MeetingKind), startsAt: instant() });
export const updateMeetingSchema = z.object({
  ...fields,
  id: uuid(),
  version: z.number().int().min(1),
  kind: z.enum(MeetingKind).nullish(),
  startsAt: instant().nullish(),
  followUpDone: z.boolean().nullish(),
});
export type CreateMeetingValues = z.output<typeof createMeetingSchema>;
export type UpdateMeetingValues = z.output<typeof updateMeetingSchema>;
