/** Links in account mail lead to the web UI's pages, on the address people reach the service at. */
export function accountLink(publicUrl: string | undefined, page: 'confirm-email' | 'reset-password' | 'accept-invitation', token: string): string {
  const base = (publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}/app/${page}?token=${encodeURIComponent(token)}`;
}
