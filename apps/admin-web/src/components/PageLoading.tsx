import { Spin } from 'antd';

/** What shows while a screen (or its code, on first use) loads. */
export function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
