import type { CSSProperties, ReactNode } from 'react';
import './plain.css';

/**
 * antd's Card as the phone ballot pages use it (a bordered box, an optional title), without antd's Card: that one
 * brings Tabs, Dropdown, Menu and Skeleton — some 15 KB compressed — for options these pages never use.
 */
export function PlainCard({ title, size, styles, children }: { title?: ReactNode; size?: 'small'; styles?: { body?: CSSProperties }; children: ReactNode }) {
  return (
    <section className={size === 'small' ? 'plain-card plain-card-small' : 'plain-card'}>
      {title && <div className="plain-card-head">{title}</div>}
      <div className="plain-card-body" style={styles?.body}>
        {children}
      </div>
    </section>
  );
}
