import { createHash, hash } from 'node:crypto';
import type { BallotPaper } from './ballot';

/** What a receipt covers: the ballot's identity and content, in a form anyone can serialise the same way. */
export interface BallotContent {
  readonly campaignId: string;
  readonly ballotId: string;
  readonly mode: BallotPaper['mode'];
  /** candidacy id → score (score mode) or 1/0 (approval mode). */
  readonly marks: Readonly<Record<string, number>>;
}

export function ballotContent(campaignId: string, ballotId: string, paper: BallotPaper, marks: readonly number[]): BallotContent {
  if (marks.length !== paper.candidateIds.length) throw new Error(`ballotContent: ${marks.length} marks for ${paper.candidateIds.length} candidates`);
  return { campaignId, ballotId, mode: paper.mode, marks: Object.fromEntries(paper.candidateIds.map((id, i) => [id, marks[i]])) };
}

/**
 * A ballot's receipt: sha256 of its canonical content and a salt kept on the server. Without the salt nobody can
 * test a guess of the content against a published receipt, so the list of counted receipts reveals no choice.
 */
export function ballotReceipt(content: BallotContent, salt: string): string {
  return receiptDigest(canonicalBallotJson(content), salt);
}

const receiptDigest = (canonicalJson: string, salt: string) => hash('sha256', `${canonicalJson}\n${salt}`, 'hex');

/** The canonical JSON of a ballot, its marks already written out in canonical order. */
const ballotJson = (ballotId: string, campaignId: string, marks: string, mode: BallotPaper['mode']) =>
  `{"ballotId":${JSON.stringify(ballotId)},"campaignId":${JSON.stringify(campaignId)},"marks":{${marks}},"mode":${JSON.stringify(mode)}}`;

/**
 * canonicalJson of a BallotContent, written out for its fixed shape (the ballot path computes one per ballot):
 * keys in sorted order at every depth, exactly as canonicalJson would give them (a property test checks it).
 */
export function canonicalBallotJson(content: BallotContent): string {
  const ids = canonicalKeyOrder(Object.keys(content.marks));
  let marks = '';
  for (let i = 0; i < ids.length; i += 1) marks += `${i ? ',' : ''}${JSON.stringify(ids[i])}:${JSON.stringify(content.marks[ids[i]])}`;
  return ballotJson(content.ballotId, content.campaignId, marks, content.mode);
}

/**
 * Keys in the order JSON.stringify writes an object built in sorted key order: array-index keys first, numerically
 * (never the case for candidacy ids, which are UUIDs — but the two must agree for every input), then the rest sorted.
 */
function canonicalKeyOrder(keys: readonly string[]): string[] {
  const sorted = [...keys].sort();
  const isIndex = (k: string) => /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
  return [...sorted.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...sorted.filter((k) => !isIndex(k))];
}

/** A paper's candidates in canonical order, each with its JSON key written out: worked out once per paper. */
interface PaperLayout {
  /** Index into the paper's candidates (and a ballot's marks), in canonical order. */
  readonly order: readonly number[];
  /** `"<candidacy id>":` for each candidate, by paper index. */
  readonly keys: readonly string[];
}

const layouts = new WeakMap<BallotPaper, PaperLayout | null>();

function layoutOf(paper: BallotPaper): PaperLayout | null {
  let layout = layouts.get(paper);
  if (layout === undefined) {
    const ids = paper.candidateIds;
    const at = new Map(ids.map((id, i) => [id, i]));
    // A paper naming a candidate twice folds her marks into one key: left to the general path.
    layout = at.size === ids.length ? { order: canonicalKeyOrder(ids).map((id) => at.get(id)!), keys: ids.map((id) => `${JSON.stringify(id)}:`) } : null;
    layouts.set(paper, layout);
  }
  return layout;
}

/**
 * The receipt of a ballot on this paper, exactly `ballotReceipt(ballotContent(campaignId, ballotId, paper, marks), salt)`
 * (a property test checks it), with the paper's canonical order worked out once rather than per ballot: the ballot
 * path computes one per ballot.
 */
export function paperBallotReceipt(paper: BallotPaper, campaignId: string, ballotId: string, marks: readonly number[], salt: string): string {
  const layout = layoutOf(paper);
  if (!layout || marks.length !== paper.candidateIds.length) return ballotReceipt(ballotContent(campaignId, ballotId, paper, marks), salt);
  let written = '';
  for (let k = 0; k < layout.order.length; k += 1) {
    const i = layout.order[k];
    written += `${k ? ',' : ''}${layout.keys[i]}${JSON.stringify(marks[i])}`;
  }
  return receiptDigest(ballotJson(ballotId, campaignId, written, paper.mode), salt);
}

/** The digest of a set of receipts: sha256 of the sorted receipts joined by "\n" (order-free, duplicates kept). */
export function receiptsDigest(receipts: readonly string[]): string {
  return createHash('sha256')
    .update([...receipts].sort().join('\n'))
    .digest('hex');
}
