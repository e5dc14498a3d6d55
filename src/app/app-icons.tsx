// Inline SVG icons for the layout: the card chevron and the settings gear (no icon font, no emoji).
import { Icon } from '../ui/icon.tsx';
const paths = {
  chevron: <path d="M6 9l6 6 6-6" />,
  settings: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1" />
    </>
  ),
};

export function AppIcon({ name }: { name: keyof typeof paths }) {
  return <Icon>{paths[name]}</Icon>;
}
