import type { ReactNode } from 'react';
import { lazyPage } from '../../lazyPage';

/** Reached without signing in: registration and the pages the account mails link to. */
export const publicAccountRoutes: { path: string; element: ReactNode }[] = [
  { path: '/register', element: lazyPage(() => import('./Register'), 'Register') },
  { path: '/confirm-email', element: lazyPage(() => import('./ConfirmEmail'), 'ConfirmEmail') },
  { path: '/forgot-password', element: lazyPage(() => import('./ForgotPassword'), 'ForgotPassword') },
  { path: '/reset-password', element: lazyPage(() => import('./ResetPassword'), 'ResetPassword') },
  { path: '/accept-invitation', element: lazyPage(() => import('./AcceptInvitation'), 'AcceptInvitation') },
];
