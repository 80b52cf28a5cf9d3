import { Authorized, Query, Resolver } from 'type-graphql';
import { municipalities } from './municipalities';
import { Municipality } from './municipality.type';
import { toMunicipality } from './to-municipality';
import { canReadPipeline } from '../auth/roles';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Authorized(canReadPipeline)
  @Query(() => [Municipality], { description: 'The region and its neighbours, region first.' })
  municipalities(): Municipality[] {
    return municipalities.map((m) => toMunicipality(m.number)!);
  }
}
