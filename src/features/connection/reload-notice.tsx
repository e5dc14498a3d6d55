// After a reconnect to a changed server (version, plugins or config), says which hash changed and offers a reload.
import { currentLocale, t } from '../../shared/i18n.ts';
import type { MessageId } from '../../shared/i18n.ts';
import { useDashboard } from '../../store/services.tsx';

const WHAT: Record<string, MessageId> = {
  version: 'reload.version',
  plugin_hash: 'reload.plugins',
  config_hash: 'reload.config',
};

const capitalize = (s: string) => `${s.charAt(0).toLocaleUpperCase(currentLocale())}${s.slice(1)}`;

/** Only a new version or new plugins mean a restart; settings can be saved on a running server. */
export function reloadText(changed: readonly string[]): string {
  const words = changed.map((c) => (WHAT[c] ? t(WHAT[c]) : c));
  const list = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(words);
  const restarted = changed.includes('version') || changed.includes('plugin_hash');
  const what = restarted ? t('reload.restarted', { list }) : capitalize(t('reload.changed', { list }));
  return `${what} ${t('reload.outOfDate')}`;
}

export function ReloadNotice() {
  const changed = useDashboard((s) => s.server.changed);
  if (changed.length === 0) return null;
  return (
    <div className="reload-notice" role="alert" data-testid="reload-notice">
      <p>{reloadText(changed)}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('reload.button')}
      </button>
    </div>
  );
}
