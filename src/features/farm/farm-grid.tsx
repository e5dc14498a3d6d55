// The cards in their sorted order, with arrow-key navigation between them (one tab stop, roving focus).
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../shared/i18n.ts';
import type { FarmRow } from '../../store/farm-attention.ts';
import type { FarmRegistry } from '../../store/farm-registry.ts';
import { FarmCard } from './farm-card.tsx';

export interface FarmGridProps {
  rows: readonly FarmRow[];
  savedNames: ReadonlyMap<string, string>;
  registry: FarmRegistry;
  selected: ReadonlySet<string>;
  onSelect(id: string, selected: boolean): void;
  onOpen(id: string): void;
}

export function FarmGrid({ rows, savedNames, registry, selected, onSelect, onOpen }: FarmGridProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = rows.some((r) => r.id === focusId) ? focusId : (rows[0]?.id ?? null);
  const onInView = useCallback((id: string, v: boolean) => registry.setInView(id, v), [registry]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = rows.findIndex((r) => r.id === current);
    if (i < 0) return;
    // Cards per row, from the layout: the next card down is that many ahead.
    const cards = list.current ? [...list.current.querySelectorAll<HTMLElement>('.farm-card')] : [];
    const top = cards[0]?.offsetTop;
    const perRow = Math.max(1, cards.filter((c) => c.offsetTop === top).length);
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: perRow,
      ArrowUp: -perRow,
      Home: -rows.length,
      End: rows.length,
    };
    const d = step[e.key];
    if (d === undefined) return;
    e.preventDefault();
    const next = rows[Math.max(0, Math.min(rows.length - 1, i + d))];
    if (!next) return;
    setFocusId(next.id);
    list.current?.querySelector<HTMLElement>(`[data-server-id="${CSS.escape(next.id)}"]`)?.focus();
  };
  if (rows.length === 0) return <p className="farm-empty">{t('farm.noMatch')}</p>;
  return (
    <ul className="farm-grid" ref={list} onKeyDown={onKeyDown} aria-label={t('farm.list')}>
      {rows.map((r) => {
        const conn = registry.get(r.id);
        return conn ? (
          <li key={r.id}>
            <FarmCard
              id={r.id}
              savedName={savedNames.get(r.id) ?? r.name}
              conn={conn}
              selected={selected.has(r.id)}
              focusable={r.id === current}
              onOpen={onOpen}
              onSelect={onSelect}
              onFocus={setFocusId}
              onInView={onInView}
            />
          </li>
        ) : null;
      })}
    </ul>
  );
}
