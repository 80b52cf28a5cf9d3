import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { uuid } from '../../shared/validation';
import { settingName } from '../settings/named-setting';

@InputType()
export class CreateFocusAreaInput {
  @Field(() => String, { description: 'Name in Norwegian bokmål, 1–60 characters, unique.' }) nameNb: string;
  @Field(() => String, { description: 'Name in English, 1–60 characters, unique; the stable key is made from it.' }) nameEn: string;
  @Field(() => String, { description: 'Colour as #rrggbb.' }) color: string;
}

@InputType({ description: 'The fields given change; the others keep their values. The key never changes.' })
export class UpdateFocusAreaInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT.' }) version: number;
  @Field(() => String, { nullable: true }) nameNb?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Colour as #rrggbb.' }) color?: string | null;
}

// Stored in lower case, as the seeded colours are.
const color = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Fargen må skrives som #rrggbb, f.eks. #2e7d32.')
  .transform((c) => c.toLowerCase());

export const createFocusAreaSchema = z.object({ nameNb: settingName(), nameEn: settingName(), color });

export const updateFocusAreaSchema = z.object({
  id: uuid(),
  version: z.number().int().min(1),
  nameNb: settingName().nullish(),
  nameEn: settingName().nullish(),
  color: color.nullish(),
});

export type CreateFocusAreaValues = z.output<typeof createFocusAreaSchema>;
export type UpdateFocusAreaValues = z.output<typeof updateFocusAreaSchema>;
