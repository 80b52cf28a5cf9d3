import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { localDate } from '../../shared/validation';

@InputType({ description: 'Whole days, both included, in Norwegian time (Europe/Oslo).' })
export class PeriodInput {
  @Field(() => String, { description: 'First day, åååå-mm-dd.' })
  from: string;

  @Field(() => String, { description: 'Last day, åååå-mm-dd.' })
  to: string;
}

// Bounds the month and year lists a period produces.
const MAX_YEARS = 50;

export const periodSchema = z
  .object({ from: localDate(), to: localDate() })
  .refine((p) => p.to >= p.from, { message: 'Perioden kan ikke slutte før den begynner.', path: ['to'] })
  .refine((p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) < MAX_YEARS, {
    message: `Perioden kan være høyst ${MAX_YEARS} år.`,
    path: ['to'],
  });
