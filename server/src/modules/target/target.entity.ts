import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MeetingKind } from '../meeting/meeting.entity';

export enum TargetMetric {
  JOBS = 'JOBS',
  ESTABLISHMENTS = 'ESTABLISHMENTS',
  RESIDENTS = 'RESIDENTS',
  MEETINGS = 'MEETINGS',
}
registerEnumType(TargetMetric, { name: 'TargetMetric' });

/** A programme goal, e.g. 100 jobs from 2015-07-01 to 2018-06-30. */
@ObjectType()
@Entity('targets')
@Check('targets_metric_check', `metric IN ('JOBS', 'ESTABLISHMENTS', 'RESIDENTS', 'MEETINGS')`)
@Check('targets_period_check', 'period_end >= period_start')
@Check('targets_value_check', 'value >= 0')
export class Target {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => TargetMetric)
  @Column({ type: 'text' })
  metric: TargetMetric;

  @Field(() => MeetingKind, { nullable: true, description: 'For MEETINGS targets: which kind of meeting counts.' })
  @Column({ type: 'text', nullable: true })
  meetingKind: MeetingKind | null;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  value: number;

  @Field(() => Boolean, { description: 'True when value applies to each year of the period (e.g. 3 establishments a year).' })
  @Column({ type: 'boolean', default: false })
  perYear: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
