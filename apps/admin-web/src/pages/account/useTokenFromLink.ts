import { useSearchParams } from 'react-router';

/** The one-time token of a mailed link (`?token=…`), or null when the link was cut short. */
export function useTokenFromLink(): string | null {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}
