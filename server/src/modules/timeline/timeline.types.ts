import { GraphQLJSONObject } from 'graphql-scalars';
import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Meeting } from '../meeting/meeting.entity';
import { Stage } from '../stage/stage.entity';
import { User } from '../user/user.entity';

@ObjectType()
export class MeetingEvent {
  @Field(() => Date) at: Date;
  @Field(() => Meeting) meeting: Meeting;
}

@ObjectType()
export class StageChangeEvent {
  @Field(() => Date) at: Date;
  @Field(() => Stage, { nullable: true, description: 'Null for the entry written when the company was created.' }) from: Stage | null;
  @Field(() => Stage) to: Stage;
  @Field(() => User, { nullable: true }) by: User | null;
}

@ObjectType()
export class EditEvent {
  @Field(() => Date) at: Date;
  @Field(() => String, { description: 'CREATE, UPDATE, ARCHIVE, RESTORE, …' }) action: string;
  @Field(() => String, { description: 'What was edited: Prospect or Contact.' }) entity: string;
  @Field(() => User, { nullable: true }) by: User | null;
  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }.' }) diff: Record<string, unknown>;
}

export const TimelineEvent = createUnionType({
  name: 'TimelineEvent',
  types: () => [MeetingEvent, StageChangeEvent, EditEvent] as const,
});
