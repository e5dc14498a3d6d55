// A full-screen question before a job command: two large answers, the safe one first under the thumb.
import { useEffect, useRef } from 'react';

export interface ConfirmProps {
  question: string;
  yes: string;
  no: string;
  danger?: boolean;
  onYes(): void;
  onNo(): void;
}

export function KioskConfirm({ question, yes, no, danger, onYes, onNo }: ConfirmProps) {
  const noRef = useRef<HTMLButtonElement>(null);
  useEffect(() => noRef.current?.focus(), []);
  return (
    <div className="kiosk-confirm" role="alertdialog" aria-modal="true" aria-label={question}>
      <p>{question}</p>
      <div className="kiosk-confirm-answers">
        <button type="button" ref={noRef} className="kiosk-button" onClick={onNo}>
          {no}
        </button>
        <button type="button" className={`kiosk-button ${danger ? 'danger' : 'primary'}`} onClick={onYes}>
          {yes}
        </button>
      </div>
    </div>
  );
}
