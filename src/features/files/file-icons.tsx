// Inline SVG icons for the file list: a folder and a lock (emoji show as empty boxes without an emoji font).
import { Icon } from '../../ui/icon.tsx';
const paths = {
  folder: (
    <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2h8.5A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
  ),
  lock: (
    <>
      <rect x="5" y="11" width="14" height="9" rx="1.5" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </>
  ),
};

export function FileIcon({ name }: { name: keyof typeof paths }) {
  return <Icon>{paths[name]}</Icon>;
}
