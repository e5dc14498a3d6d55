// Every saved server's farm connection, kept while the page lives: opening one printer's dashboard and coming back
// finds every card as it was. Decides each socket's throttle and state part from its card's visibility and the page's.
import { createFarmAlertsStore, type FarmAlert, type FarmAlertsStore } from './farm-alerts.ts';
import { createFarmBatch, type FarmBatch } from './farm-batch.ts';
import { FarmBudget, IN_VIEW_BASE, type FarmBudgetOptions } from './farm-budget.ts';
import { connectFarmPrinter, type FarmConnection } from './farm-connection.ts';
import { ViewGate } from './farm-view-gate.ts';
import type { SavedServer } from './servers-store.ts';

/**
 * OctoPrint's throttle factor (× 500 ms between `current`s) for a card in view, out of view, or nobody looking. In
 * view, every 2 s: OctoPrint reads temperatures every 2 s, so faster messages would only repeat them (a farm
 * overview, not the live chart; the bench's 24 printers at ×1 cost five times the 40 ms/s goal). The page's budget
 * (farm-budget.ts) multiplies the in-view factor when the cards in view cost more than it allows.
 */
export const THROTTLE = { inView: IN_VIEW_BASE, outOfView: 20, unseen: 40 } as const;
/** Sockets open this far apart on first load, so 24 printers do not all log in in the same instant. */
const START_SPACING_MS = 20;

interface Entry {
  conn: FarmConnection;
  url: string;
  apiKey: string | null;
  name: string;
  inView: boolean;
  /** Turns the socket's state off once its card stays out of view, back on once it stays in view. */
  gate: ViewGate;
  startTimer: ReturnType<typeof setTimeout> | null;
}

export class FarmRegistry {
  readonly batch: FarmBatch;
  readonly alerts: FarmAlertsStore = createFarmAlertsStore();
  readonly budget: FarmBudget;
  private readonly entries = new Map<string, Entry>();
  private shown = false;
  private pageVisible = true;
  private readonly alertListeners = new Set<(a: FarmAlert) => void>();

  constructor(
    batch: FarmBatch = createFarmBatch(),
    private readonly connect = connectFarmPrinter,
    budgetHost: Pick<FarmBudgetOptions, 'host' | 'watchVisibility'> = {},
  ) {
    this.batch = batch;
    this.budget = new FarmBudget({ ...budgetHost, onFactor: () => this.applyAll(), count: () => this.counts() });
    batch.setMeasure((apply, sockets) => this.budget.measure(apply, sockets));
  }

  /** Opens a connection per saved server, closes those removed or changed; returns nothing, idempotent. */
  sync(servers: readonly SavedServer[]): void {
    const ids = new Set(servers.map((s) => s.id));
    for (const [id, e] of this.entries) {
      const s = servers.find((x) => x.id === id);
      if (!ids.has(id) || !s || s.url !== e.url || s.apiKey !== e.apiKey) this.drop(id);
    }
    let order = 0;
    for (const s of servers) {
      const held = this.entries.get(s.id);
      if (held) {
        held.name = s.name;
        continue;
      }
      const conn = this.connect({
        baseUrl: s.url,
        apiKey: s.apiKey,
        scheduler: this.batch,
        slot: this.entries.size,
        onArrival: () => this.budget.noteMessage(),
        onHistory: () => this.budget.noteHistory(),
        onEvent: (event) => {
          const entry = this.entries.get(s.id);
          const alert = this.alerts.note(s.id, entry?.conn.store.getState().name || entry?.name || s.name, event);
          if (alert) for (const l of this.alertListeners) l(alert);
        },
      });
      const gate = new ViewGate((on) => conn.setStateOn(on));
      const entry: Entry = { conn, url: s.url, apiKey: s.apiKey, name: s.name, inView: false, gate, startTimer: null };
      this.entries.set(s.id, entry);
      entry.startTimer = setTimeout(() => {
        entry.startTimer = null;
        conn.start();
      }, order++ * START_SPACING_MS);
      this.applyThrottle(entry);
      // Not in view until its card says so: a card never shown (filtered out, below a long list) turns state off.
      gate.set(false);
    }
  }

  get(id: string): FarmConnection | null {
    return this.entries.get(id)?.conn ?? null;
  }

  /**
   * A card scrolled into or out of view (or was filtered out): out of view it soon gets no `current`s at all, only
   * events; in view again its state comes back with a `history`. The throttle follows at once.
   */
  setInView(id: string, inView: boolean): void {
    const e = this.entries.get(id);
    if (!e || e.inView === inView) return;
    e.inView = inView;
    this.applyThrottle(e);
    e.gate.set(inView);
  }

  /** The farm view is on screen (false while a printer's dashboard is open). */
  setShown(shown: boolean): void {
    this.shown = shown;
    this.budget.setActive(shown);
    this.applyAll();
  }

  setPageVisible(visible: boolean): void {
    this.pageVisible = visible;
    this.applyAll();
  }

  /** Sockets live, and live with their card in view: the budget weighs a batch by the latter. */
  counts(): { live: number; inView: number } {
    let live = 0;
    let inView = 0;
    for (const e of this.entries.values()) {
      if (e.conn.store.getState().link !== 'ready') continue;
      live++;
      if (e.inView) inView++;
    }
    return { live, inView };
  }

  onAlert(listener: (a: FarmAlert) => void): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
  }

  dispose(): void {
    this.budget.dispose();
    for (const id of [...this.entries.keys()]) this.drop(id);
  }

  private applyAll(): void {
    for (const e of this.entries.values()) this.applyThrottle(e);
  }

  /** In view: the base times the budget's factor; out of view never faster than that; nobody looking, the slowest. */
  private applyThrottle(e: Entry): void {
    const inView = THROTTLE.inView * this.budget.factor;
    const factor =
      !this.shown || !this.pageVisible ? THROTTLE.unseen : e.inView ? inView : Math.max(THROTTLE.outOfView, inView);
    e.conn.socket.setThrottle(factor, 'farm-visibility');
  }

  private drop(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    if (e.startTimer) clearTimeout(e.startTimer);
    e.gate.dispose();
    e.conn.dispose();
    this.entries.delete(id);
  }
}

let shared: FarmRegistry | null = null;

/** The page's one registry: it outlives the farm view, so its sockets and their state survive a visit to a dashboard. */
export function farmRegistry(): FarmRegistry {
  shared ??= new FarmRegistry();
  return shared;
}
