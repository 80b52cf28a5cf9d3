import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { uuid } from '../../shared/validation';
import { settingName } from '../settings/named-setting';

@InputType({ description: 'The fields given change; the others keep their values. Key, category and position never change.' })
export class UpdateStageInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT.' }) version: number;
  @Field(() => String, { nullable: true }) nameNb?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Chance of establishment in whole percent, 0–100.' }) probabilityPercent?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days without activity before a company is stale, at least 1; null clears it, left out keeps it.' })
  staleAfterDays?: number | null;
}

export const updateStageSchema = z.object({
  id: uuid(),
  version: z.number().int().min(1),
  nameNb: settingName().nullish(),
  nameEn: settingName().nullish(),
  probabilityPercent: z
    .number()
    .int('Sannsynligheten må være et helt antall prosent.')
    .min(0, 'Sannsynligheten kan ikke være under 0 %.')
    .max(100, 'Sannsynligheten kan ikke være over 100 %.')
    .nullish(),
  staleAfterDays: z
    .number()
    .int('Antall dager må være et heltall.')
    .min(1, 'Antall dager før en bedrift regnes som inaktiv må være minst 1.')
    .max(3650, 'Antall dager før en bedrift regnes som inaktiv kan være høyst 3650 (ti år).')
    .nullish(),
});

export type UpdateStageValues = z.output<typeof updateStageSchema>;
