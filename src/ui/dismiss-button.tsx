// The small × that dismisses one item (a toast, a printer's notification); its accessible name says which.
export function DismissButton({ label, onDismiss }: { label: string; onDismiss: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onDismiss}>
      ×
    </button>
  );
}
