// The webcam panel: shown when the server has a webcam configured, with OctoPrint's URLs resolved against it.
import { t } from '../../shared/i18n.ts';
import { resolveAgainst } from '../../store/server-settings.ts';
import { useServerSettings } from '../../store/services.tsx';
import { PanelSection } from '../../ui/panel-section.tsx';
import { Webcam } from './webcam.tsx';

export function WebcamPanel() {
  const webcam = useServerSettings((s) => s.webcam);
  const baseUrl = useServerSettings((s) => s.baseUrl);
  if (!webcam.enabled) return null;
  return (
    <PanelSection id="webcam" heading={t('webcam.heading')} className="webcam-panel">
      <Webcam settings={webcam} resolve={(url) => resolveAgainst(baseUrl, url)} />
    </PanelSection>
  );
}
