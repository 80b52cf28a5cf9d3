import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { uuid } from '../../shared/validation';
import { ProspectFilter, prospectFilterSchema } from '../prospect/prospect-filter.input';

@InputType()
export class SaveViewInput {
  @Field(() => String) name: string;
  @Field(() => ProspectFilter) filter: ProspectFilter;
  @Field(() => Boolean, { defaultValue: false, description: 'Shared views are seen by the whole team.' }) shared: boolean;
}

@InputType()
export class UpdateViewInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ProspectFilter, { nullable: true }) filter?: ProspectFilter | null;
  @Field(() => Boolean, { nullable: true }) shared?: boolean | null;
}

const name = z.string().trim().min(1, 'Gi visningen et navn.').max(100, 'Navnet kan ha høyst 100 tegn.');
const filter = prospectFilterSchema.transform((f) => Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v != null)));
export const saveViewSchema = z.object({ name, filter, shared: z.boolean() });
export const updateViewSchema = z.object({ id: uuid(), version: z.number().int().min(1), name: name.nullish(), filter: filter.nullish(), shared: z.boolean().nullish() });
