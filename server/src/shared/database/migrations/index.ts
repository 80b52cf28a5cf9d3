import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/** Listed explicitly: TypeORM's glob loading breaks under vitest. Append new ones. */
export const migrations = [InitialSchema1764000000000];
