// Inline SVG icons for the job buttons (no icon font, no emoji: a Pi kiosk may have neither).
import { Icon } from '../../ui/icon.tsx';
const paths = {
  play: <path d="M7 4.5v15l12-7.5z" />,
  pause: (
    <>
      <path d="M8 5v14" />
      <path d="M16 5v14" />
    </>
  ),
  stop: <rect x="6" y="6" width="12" height="12" rx="1.5" />,
};

export function JobIcon({ name }: { name: keyof typeof paths }) {
  return <Icon>{paths[name]}</Icon>;
}
