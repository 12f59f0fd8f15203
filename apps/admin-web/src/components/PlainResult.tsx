import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import './plain.css';

/**
 * antd's Result as the phone ballot pages use it (success or warning: an icon, a title, a line, what to do next),
 * without antd's Result, which carries its three large 403/404/500 illustrations into every page that uses it.
 */
export function PlainResult({ status, title, subTitle, extra }: { status: 'success' | 'warning'; title: ReactNode; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className={`plain-result plain-result-${status}`}>
      <div className="plain-result-icon">{status === 'success' ? <CheckCircleFilled /> : <ExclamationCircleFilled />}</div>
      <div className="plain-result-title">{title}</div>
      {subTitle && <div className="plain-result-subtitle">{subTitle}</div>}
      {extra && <div className="plain-result-extra">{extra}</div>}
    </div>
  );
}
