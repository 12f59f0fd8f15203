import type { ReactNode } from 'react';
import type { Role } from './auth/session';

/** One signed-in screen: where it lives and who may open it (the top menu is in menu.ts). */
export interface AppRoute {
  path: string;
  element: ReactNode;
  roles: Role[];
}
