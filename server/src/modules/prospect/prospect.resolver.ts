import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../app/context';
import { toConnection } from '../../shared/graphql/connection';
import { notFound } from '../../shared/graphql/errors';
import { parseInput, uuid } from '../../shared/validation';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Municipality } from '../municipality/municipality.type';
import { toMunicipality } from '../municipality/to-municipality';
import { Stage } from '../stage/stage.entity';
import { User } from '../user/user.entity';
import { ProspectConnection } from './prospect.connection';
import { Prospect } from './prospect.entity';
import { ProspectFilter, prospectFilterSchema } from './prospect-filter.input';
import { ProspectOrder } from './prospect-order';
import { ProspectService } from './prospect.service';
import { formatOrgNumber } from './org-number';
import { canReadPersonalData, canReadPipeline } from '../auth/roles';
import { Contact } from '../contact/contact.entity';
import { Meeting } from '../meeting/meeting.entity';
import { StageChange } from '../stage-change/stage-change.entity';
import { TimelineEvent } from '../timeline/timeline.types';
import { timelineOf } from '../timeline/timeline.service';

const listArgsSchema = z.object({
  first: z.number().int().min(1, 'first må være minst 1.').max(200, 'first kan være høyst 200.'),
  after: z.string().max(2000).nullish(),
  filter: prospectFilterSchema,
});

@Resolver(() => Prospect)
export class ProspectResolver {
  @Authorized(canReadPipeline)
  @Query(() => ProspectConnection, { description: 'Companies matching the filter, a page at a time.' })
  async prospects(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ProspectFilter, { nullable: true }) filter: ProspectFilter | null,
    @Arg('orderBy', () => ProspectOrder, { defaultValue: ProspectOrder.NAME_ASC }) orderBy: ProspectOrder,
  ): Promise<ProspectConnection> {
    const args = parseInput(listArgsSchema, { first, after, filter });
    const page = await new ProspectService(ctx.em).list({ ...args, filter: args.filter ?? {}, order: orderBy });
    return toConnection(ProspectConnection, page);
  }

  @Authorized(canReadPipeline)
  @Query(() => Prospect)
  async prospect(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Prospect> {
    const prospect = await new ProspectService(ctx.em).findById(parseInput(uuid(), id));
    if (!prospect) throw notFound('bedriften');
    return prospect;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Grouped for display: 952 857 991.' })
  orgNumberFormatted(@Root() p: Prospect): string | null {
    return p.orgNumber ? formatOrgNumber(p.orgNumber) : null;
  }

  @FieldResolver(() => Stage)
  async stage(@Root() p: Prospect, @Ctx() ctx: Context): Promise<Stage> {
    return (await ctx.loaders.stageById.load(p.stageId))!;
  }

  @FieldResolver(() => [FocusArea])
  focusAreas(@Root() p: Prospect, @Ctx() ctx: Context): Promise<FocusArea[]> {
    return ctx.loaders.focusAreasByProspect.load(p.id);
  }

  @FieldResolver(() => User, { nullable: true })
  async owner(@Root() p: Prospect, @Ctx() ctx: Context): Promise<User | null> {
    return p.ownerId ? ((await ctx.loaders.userById.load(p.ownerId)) ?? null) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "Where the company's address is." })
  municipality(@Root() p: Prospect): Municipality | null {
    return toMunicipality(p.municipality);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Where the establishment would come.' })
  targetMunicipality(@Root() p: Prospect): Municipality | null {
    return toMunicipality(p.targetMunicipality);
  }

  @FieldResolver(() => Boolean, { description: "No activity for longer than the stage's limit (open stages only)." })
  async stale(@Root() p: Prospect, @Ctx() ctx: Context): Promise<boolean> {
    const stage = await ctx.loaders.stageById.load(p.stageId);
    if (!stage || stage.category !== 'OPEN' || stage.staleAfterDays == null) return false;
    return Date.now() - p.lastActivityAt.getTime() > stage.staleAfterDays * 86_400_000;
  }

  @FieldResolver(() => Boolean)
  archived(@Root() p: Prospect): boolean {
    return p.archivedAt !== null;
  }

  @FieldResolver(() => Int)
  contactCount(@Root() p: Prospect, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.contactCountByProspect.load(p.id);
  }

  @Authorized(canReadPersonalData)
  @FieldResolver(() => [Contact], { description: 'Contact persons (personal data: not for BOARD).' })
  contacts(@Root() p: Prospect, @Ctx() ctx: Context): Promise<Contact[]> {
    return ctx.loaders.contactsByProspect.load(p.id);
  }

  @Authorized(canReadPersonalData)
  @FieldResolver(() => [Meeting], { description: 'Meetings about this company, newest first.' })
  meetings(@Root() p: Prospect, @Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.loaders.meetingsByProspect.load(p.id);
  }

  @Authorized(canReadPersonalData)
  @FieldResolver(() => [TimelineEvent], { description: 'Meetings, stage changes and edits, newest first.' })
  timeline(@Root() p: Prospect, @Ctx() ctx: Context) {
    return timelineOf(ctx, p.id);
  }

  @FieldResolver(() => [StageChange], { description: 'The stage-change log of the company, oldest first.' })
  stageHistory(@Root() p: Prospect, @Ctx() ctx: Context): Promise<StageChange[]> {
    return ctx.em.find(StageChange, { where: { prospectId: p.id }, order: { changedAt: 'ASC' } });
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Time of the latest meeting that has taken place.' })
  lastMeetingAt(@Root() p: Prospect, @Ctx() ctx: Context): Promise<Date | null> {
    return ctx.loaders.lastMeetingAtByProspect.load(p.id);
  }
}
