import type { Role } from '../user/user.entity';

/** The signed-in user of a request. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
}
