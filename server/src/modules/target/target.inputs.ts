import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { localDate, uuid } from '../../shared/validation';
import { MeetingKind } from '../meeting/meeting.entity';
import { TargetMetric } from './target.entity';

@InputType()
export class CreateTargetInput {
  @Field(() => TargetMetric) metric: TargetMetric;
  @Field(() => MeetingKind, { nullable: true, description: 'Required for MEETINGS, not allowed otherwise.' }) meetingKind?: MeetingKind | null;
  @Field(() => String, { description: 'åååå-mm-dd' }) periodStart: string;
  @Field(() => String, { description: 'åååå-mm-dd, included.' }) periodEnd: string;
  @Field(() => Int) value: number;
  @Field(() => Boolean, { nullable: true, description: 'The value applies to each year of the period. Default false.' }) perYear?: boolean | null;
}

@InputType({ description: 'The fields given change; the others keep their values.' })
export class UpdateTargetInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you saw; a stale one is a CONFLICT.' }) version: number;
  @Field(() => TargetMetric, { nullable: true }) metric?: TargetMetric | null;
  @Field(() => MeetingKind, { nullable: true, description: 'null clears it.' }) meetingKind?: MeetingKind | null;
  @Field(() => String, { nullable: true }) periodStart?: string | null;
  @Field(() => String, { nullable: true }) periodEnd?: string | null;
  @Field(() => Int, { nullable: true }) value?: number | null;
  @Field(() => Boolean, { nullable: true }) perYear?: boolean | null;
}

const fields = {
  metric: z.enum(TargetMetric),
  meetingKind: z.enum(MeetingKind).nullish(),
  periodStart: localDate(),
  periodEnd: localDate(),
  value: z.number().int('Verdien må være et heltall.').min(0, 'Verdien kan ikke være negativ.').max(1_000_000, 'Verdien kan være høyst 1 000 000.'),
  perYear: z.boolean().nullish().transform((v) => v ?? false),
};

/** The rules a whole target must keep, checked after an update's fields are merged in. */
export const targetSchema = z
  .object(fields)
  .refine((t) => t.periodEnd >= t.periodStart, { message: 'Sluttdatoen kan ikke være før startdatoen.', path: ['periodEnd'] })
  .refine((t) => t.metric !== TargetMetric.MEETINGS || !!t.meetingKind, {
    message: 'Et mål for møter må ha en møtetype.',
    path: ['meetingKind'],
  })
  .refine((t) => t.metric === TargetMetric.MEETINGS || !t.meetingKind, {
    message: 'Møtetype kan bare settes på mål for møter.',
    path: ['meetingKind'],
  })
  .transform((t) => ({ ...t, meetingKind: t.meetingKind ?? null }));

export const updateTargetSchema = z.object({
  id: uuid(),
  version: z.number().int().min(1),
  metric: fields.metric.nullish(),
  meetingKind: fields.meetingKind,
  periodStart: fields.periodStart.nullish(),
  periodEnd: fields.periodEnd.nullish(),
  value: fields.value.nullish(),
  perYear: z.boolean().nullish(),
});

export type TargetValues = z.output<typeof targetSchema>;
export type UpdateTargetValues = z.output<typeof updateTargetSchema>;
