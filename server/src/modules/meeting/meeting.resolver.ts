import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canReadPersonalData } from '../auth/roles';
import { Contact } from '../contact/contact.entity';
import { createOnce } from '../idempotency/idempotency';
import { Prospect } from '../prospect/prospect.entity';
import { User } from '../user/user.entity';
import { Meeting } from './meeting.entity';
import { CreateMeetingInput, createMeetingSchema, UpdateMeetingInput, updateMeetingSchema } from './meeting.inputs';
import { MeetingQueries } from './meeting.queries';
import { MeetingService } from './meeting.service';

@ObjectType({ description: 'Open follow-ups, overdue first.' })
export class FollowUps {
  @Field(() => [Meeting]) overdue: Meeting[];
  @Field(() => [Meeting], { description: 'Due this week (Monday–Sunday).' }) thisWeek: Meeting[];
  @Field(() => [Meeting]) later: Meeting[];
}

// Meetings hold minutes and contact persons: never for BOARD.
@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized(canReadPersonalData)
  @Query(() => Meeting)
  async meeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Meeting> {
    return new MeetingService(ctx.em, ctx.viewer!.id).getById(parseInput(uuid(), id));
  }

  @Authorized(canReadPersonalData)
  @Query(() => FollowUps, { description: "The signed-in user's open follow-ups." })
  async myFollowUps(@Ctx() ctx: Context): Promise<FollowUps> {
    return Object.assign(new FollowUps(), await new MeetingQueries(ctx.em).followUpsOf(ctx.viewer!.id));
  }

  @Authorized(canReadPersonalData)
  @Query(() => [Meeting], { description: 'Meetings from now on, soonest first: your own, or everyone’s with all.' })
  upcomingMeetings(
    @Ctx() ctx: Context,
    @Arg('all', () => Boolean, { defaultValue: false }) all: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<Meeting[]> {
    return new MeetingQueries(ctx.em).upcoming(ctx.viewer!.id, all, Math.min(Math.max(first, 1), 200));
  }

  @Authorized(canReadPersonalData)
  @Mutation(() => Meeting, { description: 'Logs a meeting. A retry with the same idempotencyKey creates nothing.' })
  createMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<Meeting> {
    const values = parseInput(createMeetingSchema, input);
    return inTransaction(ctx, (tx) => {
      const service = new MeetingService(tx.em, ctx.viewer!.id);
      return createOnce(tx.em, { userId: ctx.viewer!.id, key: idempotencyKey, operation: 'createMeeting' }, (id) => service.create(id, values), (id) => service.getById(id));
    });
  }

  @Authorized(canReadPersonalData)
  @Mutation(() => Meeting, { description: 'Edits a meeting; followUpDone: true marks the follow-up done.' })
  updateMeeting(@Ctx() ctx: Context, @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput): Promise<Meeting> {
    const values = parseInput(updateMeetingSchema, input);
    return inTransaction(ctx, (tx) => new MeetingService(tx.em, ctx.viewer!.id).update(values));
  }

  @Authorized(canReadPersonalData)
  @Mutation(() => ID)
  deleteMeeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    const meetingId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new MeetingService(tx.em, ctx.viewer!.id).remove(meetingId, version));
  }

  @FieldResolver(() => [Prospect])
  prospects(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Prospect[]> {
    return ctx.loaders.prospectsByMeeting.load(m.id);
  }

  @FieldResolver(() => [User], { description: 'Participants from the team.' })
  users(@Root() m: Meeting, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.loaders.usersByMeeting.load(m.id);
  }

  @FieldResolver(() => [Contact], { description: 'Participants among the contact persons.' })
  contacts(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.contactsByMeeting.load(m.id);
  }

  @FieldResolver(() => User, { nullable: true })
  async createdBy(@Root() m: Meeting, @Ctx() ctx: Context): Promise<User | null> {
    return m.createdById ? ((await ctx.loaders.userById.load(m.createdById)) ?? null) : null;
  }
}
