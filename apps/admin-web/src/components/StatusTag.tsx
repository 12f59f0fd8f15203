import type { ReactNode } from 'react';

/** Readable status labels: dark text on a pale ground (≥ 4.5:1 contrast), unlike antd's preset tag colours. */
const PALETTE = {
  grey: { color: '#262626', background: '#f0f0f0', border: '#d9d9d9' },
  green: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  blue: { color: '#003a8c', background: '#e6f4ff', border: '#91caff' },
  red: { color: '#820014', background: '#fff1f0', border: '#ffa39e' },
  gold: { color: '#613400', background: '#fffbe6', border: '#ffe58f' },
  purple: { color: '#22075e', background: '#f9f0ff', border: '#d3adf7' },
  magenta: { color: '#780650', background: '#fff0f6', border: '#ffadd2' },
} as const;
export type StatusColour = keyof typeof PALETTE;

export function StatusTag({ colour, children, testId }: { colour: StatusColour; children: ReactNode; testId?: string }) {
  const p = PALETTE[colour];
  return (
    <span
      data-testid={testId}
      style={{
        display: 'inline-block',
        color: p.color,
        background: p.background,
        border: `1px solid ${p.border}`,
        borderRadius: 4,
        padding: '1px 10px',
        fontSize: 15,
        lineHeight: '24px',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </span>
  );
}
