import { ObjectType } from 'type-graphql';
import { Connection } from '../../shared/graphql/connection';
import { Prospect } from './prospect.entity';

@ObjectType()
export class ProspectConnection extends Connection(Prospect) {}
