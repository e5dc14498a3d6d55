// An inline SVG plug for Connect printer (no icon font, no emoji).
import { Icon } from '../../ui/icon.tsx';
export function PlugIcon() {
  return (
    <Icon>
      <path d="M9 3v5M15 3v5M6 8h12v3a6 6 0 0 1-12 0zM12 17v4" />
    </Icon>
  );
}
