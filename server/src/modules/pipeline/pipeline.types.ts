import { Field, Int, ObjectType } from 'type-graphql';
import { ProspectConnection } from '../prospect/prospect.connection';
import { Stage } from '../stage/stage.entity';

@ObjectType({ description: 'One stage of the board: totals for the filter and the first cards.' })
export class PipelineColumn {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int, { description: 'Companies in this stage matching the filter.' })
  count: number;

  @Field(() => Int, { description: 'Sum of estimated jobs of those companies.' })
  estimatedJobs: number;

  @Field(() => ProspectConnection, { description: 'Cards by manual position, then last activity; pageInfo.endCursor loads more.' })
  cards: ProspectConnection;
}

@ObjectType()
export class Pipeline {
  @Field(() => [PipelineColumn], { description: 'Every stage in order: the open ones, then WON and LOST.' })
  columns: PipelineColumn[];
}
