import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canManageSettings } from '../auth/roles';
import { erasePerson } from './person-erasure';
import { exportPerson } from './person-export';
import { ErasePersonResult, RetentionReport, RetentionSettings } from './privacy.types';
import { RetentionService } from './retention.service';

const monthsSchema = z.number().int().min(1, 'Oppgi minst 1 måned.').max(240, 'Oppgi høyst 240 måneder (20 år).').nullable();

/**
 * The data subject's rights (docs/privacy.md): export and erasure of one
 * contact person, and the retention rule. For ADMIN and LEADER, who answer
 * requests on the controller's behalf; BOARD sees no personal data.
 */
@Resolver()
export class PrivacyResolver {
  @Authorized(canManageSettings)
  @Query(() => GraphQLJSONObject, { description: 'Everything about one contact person, as JSON (GDPR Art. 15).' })
  exportPerson(@Ctx() ctx: Context, @Arg('contactId', () => ID) contactId: string): Promise<Record<string, unknown>> {
    return exportPerson(ctx.em, parseInput(uuid(), contactId));
  }

  @Authorized(canManageSettings)
  @Mutation(() => ErasePersonResult, {
    description: 'Erases a contact person everywhere (also from audit diffs and meeting texts); companies and statistics stay (GDPR Art. 17).',
  })
  erasePerson(@Ctx() ctx: Context, @Arg('contactId', () => ID) contactId: string, @Arg('version', () => Int) version: number): Promise<ErasePersonResult> {
    const id = parseInput(uuid(), contactId);
    return inTransaction(ctx, (tx) => erasePerson(tx.em, { contactId: id, version, actorId: ctx.viewer!.id, reason: 'REQUEST' }));
  }

  @Authorized(canManageSettings)
  @Query(() => RetentionSettings)
  retentionSettings(@Ctx() ctx: Context): Promise<RetentionSettings> {
    return new RetentionService(ctx.em, ctx.viewer!.id).settings();
  }

  @Authorized(canManageSettings)
  @Mutation(() => RetentionSettings, { description: 'Sets (or with null, removes) the retention rule.' })
  updateRetentionSettings(
    @Ctx() ctx: Context,
    @Arg('months', () => Int, { nullable: true }) months: number | null,
    @Arg('version', () => Int) version: number,
  ): Promise<RetentionSettings> {
    const value = parseInput(monthsSchema, months);
    return inTransaction(ctx, (tx) => new RetentionService(tx.em, ctx.viewer!.id).update(value, version));
  }

  @Authorized(canManageSettings)
  @Mutation(() => RetentionReport, { description: 'Applies the retention rule now (the server also does so daily).' })
  applyRetention(@Ctx() ctx: Context): Promise<RetentionReport> {
    return inTransaction(ctx, (tx) => new RetentionService(tx.em, ctx.viewer!.id).apply());
  }
}
