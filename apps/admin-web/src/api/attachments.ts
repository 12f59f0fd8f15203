import { currentSession } from '../auth/sessionRefresh';
import { ApiError, get, newIdempotencyKey, request } from './client';

export interface Attachment {
  id: string;
  candidacyId: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  uploadedAt: string;
}

/** Authorised binary exchange: the file is the body (not JSON), its name URI-encoded in X-File-Name. */
async function authorised(path: string, init: RequestInit = {}): Promise<Response> {
  const session = await currentSession();
  const res = await fetch(path, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
  });
  if (!res.ok) {
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* keep the text */
    }
    throw ApiError.from(res.status, body);
  }
  return res;
}

export const attachmentsApi = {
  list: (candidacyId: string) => get<Attachment[]>(`/candidacies/${candidacyId}/attachments`),
  upload: async (candidacyId: string, file: File): Promise<Attachment> => {
    const res = await authorised(`/candidacies/${candidacyId}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        'idempotency-key': newIdempotencyKey(),
      },
      body: file,
    });
    return (await res.json()) as Attachment;
  },
  remove: (candidacyId: string, attachmentId: string) => request<void>('DELETE', `/candidacies/${candidacyId}/attachments/${attachmentId}`),
  /** The file as a blob: URL for this page only (a frame cannot send the bearer token); revoke it when done. */
  objectUrl: async (candidacyId: string, attachmentId: string): Promise<string> => {
    const res = await authorised(`/candidacies/${candidacyId}/attachments/${attachmentId}`);
    return URL.createObjectURL(await res.blob());
  },
  /** A printable page or PDF, opened in a new tab from a blob (the tab cannot carry the token either). */
  openPrintable: async (path: string): Promise<void> => {
    const res = await authorised(path);
    window.open(URL.createObjectURL(await res.blob()), '_blank', 'noopener');
  },
};
