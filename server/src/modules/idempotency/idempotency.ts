import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { badInput } from '../../shared/graphql/errors';
import { parseInput } from '../../shared/validation';

const keySchema = z
  .string()
  .min(8, 'Idempotensnøkkelen må ha minst 8 tegn.')
  .max(100, 'Idempotensnøkkelen kan ha høyst 100 tegn.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Idempotensnøkkelen kan bare ha bokstaver, tall, - og _.')
  .nullish();

/**
 * Runs a create at most once per (user, key). The new row's id is chosen here
 * and the key is inserted first in the same transaction: a concurrent retry
 * waits on that row and then finds the first result; a later retry too.
 */
export async function createOnce<T>(
  em: EntityManager,
  args: { userId: string; key: string | null | undefined; operation: string },
  create: (id: string) => Promise<T>,
  load: (id: string) => Promise<T>,
): Promise<T> {
  const key = parseInput(keySchema, args.key);
  const id = randomUUID();
  if (!key) return create(id);
  const inserted = await em.query<{ result_id: string }[]>(
    `INSERT INTO idempotency_keys (user_id, key, operation, result_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING result_id`,
    [args.userId, key, args.operation, id],
  );
  if (inserted.length) return create(id);
  const [first] = await em.query<{ operation: string; result_id: string }[]>(
    `SELECT operation, result_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
    [args.userId, key],
  );
  if (first!.operation !== args.operation) throw badInput('Idempotensnøkkelen er allerede brukt til noe annet.', 'idempotencyKey');
  return load(first!.result_id);
}
