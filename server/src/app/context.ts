import type { EntityManager } from 'typeorm';
import type { Database } from '../shared/database/database';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver may use arrives here; nothing is global. */
export interface Context {
  db: Database;
  /** The request's EntityManager; a transaction replaces it with its own. */
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(db: Database): Context {
  const em = db.dataSource.manager;
  return { db, em, loaders: createLoaders(em) };
}
