import { Alert } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { NamedCandidacy, QuorumRule } from '../../api/election';
import { errorMessage } from '../../components/apiErrors';
import { refusalText, type RefusalParams } from '../../components/refusalText';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The api names candidacies by id; people read names. */
export const withNames = (text: string, names: Map<string, string>) => text.replace(UUID, (id) => names.get(id.toLowerCase()) ?? id);

export const nameMap = (...lists: (NamedCandidacy[] | null | undefined)[]) => {
  const map = new Map<string, string>();
  for (const list of lists) for (const c of list ?? []) map.set(c.candidacyId.toLowerCase(), c.name);
  return map;
};

/** Our own words for a refusal code (with its params), else the election screens' older words for it, else ''. */
export function ownWords(t: TFunction, code: string | undefined, params?: RefusalParams): string {
  if (!code) return '';
  const refusal = refusalText(t, code, params);
  if (refusal) return refusal;
  const key = code.startsWith('election.')
    ? code.slice('election.'.length)
    : code.startsWith('delegate-code.')
      ? `code-${code.slice('delegate-code.'.length)}`
      : '';
  return key ? t(`election.errors.${key}`, { defaultValue: '' }) : '';
}

/** A readable sentence for a refusal: our words when we know it, else the api's own (with names for candidacy ids). */
export function electionError(t: TFunction, err: unknown, names: Map<string, string> = new Map()): string {
  if (err instanceof ApiError) {
    const own = ownWords(t, err.code, err.params);
    if (own) return own;
    return withNames(errorMessage(t, err), names);
  }
  return errorMessage(t, err);
}

/**
 * The same error with its field messages in our words, ready for applyApiErrors (which shows a message without a
 * rule as it is). A refusal that names no field is put on `fallbackField`, when given.
 */
export function localiseFieldErrors(t: TFunction, err: unknown, names: Map<string, string> = new Map(), fallbackField?: string): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = err.fieldErrors.length
    ? err.fieldErrors
    : fallbackField && err.code
      ? [{ field: fallbackField, rule: err.code, message: err.message, params: err.params }]
      : [];
  if (!fields.length) return err;
  return new ApiError(
    err.status,
    err.message,
    err.code,
    fields.map((f) => {
      const own = ownWords(t, f.rule ?? err.code, f.params ?? err.params);
      return { field: f.field, message: own || withNames(f.message, names) };
    }),
    err.body,
    err.params,
  );
}

/** Fewest present for a quorum: present × d > n × registered, in whole numbers. */
export const quorumNeed = (registered: number, q: QuorumRule) => Math.floor((q.numerator * registered) / q.denominator) + 1;
export const hasQuorum = (registered: number, present: number, q: QuorumRule) => registered > 0 && present * q.denominator > q.numerator * registered;

/** Whether the meeting may vote, said in a sentence (live region: it changes as delegates check in). */
export function QuorumStatus({ registered, present, quorum }: { registered: number; present: number; quorum: QuorumRule }) {
  const { t } = useTranslation();
  const met = hasQuorum(registered, present, quorum);
  const need = quorumNeed(registered, quorum);
  const vars = { registered, present, n: quorum.numerator, d: quorum.denominator, need, missing: Math.max(0, need - present) };
  return (
    <div role="status" aria-live="polite" data-testid="quorum-status">
      <Alert
        type={met ? 'success' : 'warning'}
        showIcon
        title={<span style={{ fontSize: 17 }}>{met ? t('election.delegates.quorumMet', vars) : t('election.delegates.quorumNotMet', vars)}</span>}
      />
    </div>
  );
}
