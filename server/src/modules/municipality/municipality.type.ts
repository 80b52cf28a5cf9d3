import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Norwegian municipality, by its current number.' })
export class Municipality {
  @Field(() => String, { description: 'Four digits, current numbering (e.g. 3420).' })
  number: string;

  @Field(() => String, { nullable: true, description: 'Name, when the municipality is in the region or next to it.' })
  name: string | null;

  @Field(() => Boolean)
  inRegion: boolean;
}
