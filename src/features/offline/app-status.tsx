// The installed app's two notices, above every screen: offline, and a new version ready.
import './offline.css';
import { OfflineBanner } from './offline-banner.tsx';
import { UpdateOffer } from './update-offer.tsx';

export function AppStatus() {
  return (
    <>
      <OfflineBanner />
      <UpdateOffer />
    </>
  );
}
