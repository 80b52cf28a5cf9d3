import { Arg, Authorized, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../app/context';
import { Connection, decodeCursor, encodeCursor, toConnection } from '../../shared/graphql/connection';
import { badInput } from '../../shared/graphql/errors';
import { parseInput } from '../../shared/validation';
import { canManageUsers } from '../auth/roles';
import { User } from '../user/user.entity';
import { AuditEntry } from './audit-entry.entity';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

const timestampText = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

const argsSchema = z.object({
  first: z.number().int().min(1, 'first må være minst 1.').max(200, 'first kan være høyst 200.'),
  after: z.string().max(200).nullish(),
  entity: z.string().max(50).nullish(),
  entityId: z.string().max(100).nullish(),
});

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(canManageUsers)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (ADMIN).' })
  async auditEntries(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('entity', () => String, { nullable: true }) entity: string | null,
    @Arg('entityId', () => String, { nullable: true }) entityId: string | null,
  ): Promise<AuditEntryConnection> {
    const args = parseInput(argsSchema, { first, after, entity, entityId });
    const where = (qb: ReturnType<typeof ctx.em.createQueryBuilder<AuditEntry>>) => {
      if (args.entity) qb.andWhere('a.entity = :entity', { entity: args.entity });
      if (args.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: args.entityId });
      return qb;
    };
    const qb = where(ctx.em.createQueryBuilder(AuditEntry, 'a'));
    if (args.after) {
      const cursor = decodeCursor(args.after);
      const [at, id] = cursor ?? [];
      if (typeof at !== 'string' || typeof id !== 'string' || !timestampText.test(at) || !z.uuid().safeParse(id).success) {
        throw badInput('Ugyldig markør (after). Hent første side på nytt.', 'after');
      }
      qb.andWhere('(a.at, a.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))', { at, id });
    }
    // The cursor keeps the time as PostgreSQL text: microseconds survive, so no entry is skipped.
    const { entities: rows, raw } = await qb
      .addSelect('a.at::text', 'at_text')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(args.first + 1)
      .getRawAndEntities<{ at_text: string }>();
    const nodes = rows.slice(0, args.first);
    return toConnection(AuditEntryConnection, {
      nodes,
      cursors: nodes.map((n, i) => encodeCursor([raw[i]!.at_text, n.id])),
      hasNextPage: rows.length > args.first,
      count: () => where(ctx.em.createQueryBuilder(AuditEntry, 'a')).getCount(),
    });
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<User | null> {
    return entry.actorId ? ((await ctx.loaders.userById.load(entry.actorId)) ?? null) : null;
  }
}
