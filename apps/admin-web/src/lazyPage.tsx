import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { PageLoading } from './components/PageLoading';

/**
 * A screen whose code is fetched when it is first opened, so that a juror's or delegate's phone downloads the ballot
 * page and not every organiser screen (antd's tables, charts, forms) with it. Each screen waits inside its own
 * Suspense, so the surrounding frame stays while it loads.
 */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): ReactNode {
  const Page = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] as ComponentType })));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
