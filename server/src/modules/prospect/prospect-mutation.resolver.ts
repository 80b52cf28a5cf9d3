import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canWritePipeline } from '../auth/roles';
import { createOnce } from '../idempotency/idempotency';
import { Prospect } from './prospect.entity';
import {
  CreateProspectInput,
  createProspectSchema,
  MoveProspectInput,
  moveProspectSchema,
  UpdateProspectInput,
  updateProspectSchema,
} from './prospect.inputs';
import { ProspectService } from './prospect.service';

/** Writes to companies: each in one transaction with its log and audit entries. */
@Resolver(() => Prospect)
export class ProspectMutationResolver {
  @Authorized(canWritePipeline)
  @Mutation(() => Prospect, { description: 'A retry with the same idempotencyKey returns the first result and creates nothing.' })
  createProspect(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProspectInput) input: CreateProspectInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
  ): Promise<Prospect> {
    const values = parseInput(createProspectSchema, input);
    return inTransaction(ctx, (tx) => {
      const service = new ProspectService(tx.em, ctx.viewer!.id);
      return createOnce(
        tx.em,
        { userId: ctx.viewer!.id, key: idempotencyKey, operation: 'createProspect' },
        (id) => service.create(id, values),
        (id) => service.getById(id),
      );
    });
  }

  @Authorized(canWritePipeline)
  @Mutation(() => Prospect)
  updateProspect(@Ctx() ctx: Context, @Arg('input', () => UpdateProspectInput) input: UpdateProspectInput): Promise<Prospect> {
    const values = parseInput(updateProspectSchema, input);
    return inTransaction(ctx, (tx) => new ProspectService(tx.em, ctx.viewer!.id).update(values));
  }

  @Authorized(canWritePipeline)
  @Mutation(() => Prospect, { description: 'Stage and place in the column in one step; a new stage is logged.' })
  moveProspect(@Ctx() ctx: Context, @Arg('input', () => MoveProspectInput) input: MoveProspectInput): Promise<Prospect> {
    const values = parseInput(moveProspectSchema, input);
    return inTransaction(ctx, (tx) => new ProspectService(tx.em, ctx.viewer!.id).move(values));
  }

  @Authorized(canWritePipeline)
  @Mutation(() => Prospect, { description: 'Leaves the pipeline; stays in the statistics.' })
  archiveProspect(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Prospect> {
    const prospectId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new ProspectService(tx.em, ctx.viewer!.id).setArchived(prospectId, version, true));
  }

  @Authorized(canWritePipeline)
  @Mutation(() => Prospect)
  restoreProspect(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Prospect> {
    const prospectId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new ProspectService(tx.em, ctx.viewer!.id).setArchived(prospectId, version, false));
  }
}
