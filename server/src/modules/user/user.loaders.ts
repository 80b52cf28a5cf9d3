import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { User } from './user.entity';

export function createUserLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<string, User | undefined>(async (ids) => {
      const users = await em.findBy(User, { id: In([...ids]) });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id));
    }),
  };
}
