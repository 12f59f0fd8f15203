/** How a person names herself at sign-in: her e-mail address or her phone number. */
export type Login = { readonly kind: 'email'; readonly value: string } | { readonly kind: 'phone'; readonly value: string };

/** E-mail addresses compare case-insensitively; phone numbers by their digits (and a leading +). */
export function parseLogin(text: string): Login {
  const trimmed = text.trim();
  if (trimmed.includes('@')) return { kind: 'email', value: trimmed.toLowerCase() };
  return { kind: 'phone', value: normalisePhone(trimmed) };
}

export const normalisePhone = (phone: string): string => phone.trim().replace(/(?!^\+)[^\d]/g, '');
