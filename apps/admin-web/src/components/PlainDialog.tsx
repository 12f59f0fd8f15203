import { Button } from 'antd';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './plain-ballot.css';

/**
 * antd's Modal as the phone ballot pages use it (a title, a text, cancel and confirm), on the browser's own <dialog>:
 * it traps focus, closes on Escape and is a "dialog" to screen readers without antd's Modal, portal and motion code.
 */
export function PlainDialog({
  open,
  title,
  okText,
  cancelText,
  confirmLoading,
  onOk,
  onCancel,
  children,
}: {
  open: boolean;
  title: ReactNode;
  okText: string;
  cancelText: string;
  confirmLoading?: boolean;
  onOk: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="plain-dialog"
      aria-labelledby={titleId}
      // Escape: the browser would close the dialog behind React's back; the page decides instead.
      onCancel={(e) => {
        e.preventDefault();
        if (!confirmLoading) onCancel();
      }}
      // A second Escape may close it regardless: the page is told, or its state would say open and the next "open" be lost.
      onClose={() => {
        if (open) onCancel();
      }}
    >
      {/* Its content is made only while open, as Modal's destroyOnHidden did: the summary is the one confirmed now. */}
      {open && (
        <>
          <h2 id={titleId} className="plain-dialog-title">
            {title}
          </h2>
          <div className="plain-dialog-body">{children}</div>
          <div className="plain-dialog-footer">
            <Button size="large" onClick={onCancel} disabled={confirmLoading}>
              {cancelText}
            </Button>
            <Button type="primary" size="large" onClick={onOk} loading={confirmLoading}>
              {okText}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
