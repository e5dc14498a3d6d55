// An inline SVG arrow-circle for Retry (no icon font, no emoji: a Pi kiosk may have neither).
import { Icon } from '../../ui/icon.tsx';
export function RetryIcon() {
  return (
    <Icon>
      <path d="M20 11a8 8 0 1 0-2.3 5.7" />
      <path d="M20 4v7h-7" />
    </Icon>
  );
}
