// A recording stand-in for uPlot in unit tests (jsdom has no canvas): the controller's contract is what it asks uPlot to do.
export const plots = [] as {
  created: number;
  setData: number;
  commits: number;
  tails: number;
  addSeries: number[];
  scales: Record<string, { min: number; max: number }>;
  shown: Record<number, boolean>;
  redraws: number;
}[];

export default class UPlotStandIn {
  static pxRatio = 1;
  rec = {
    created: 1,
    setData: 0,
    commits: 0,
    tails: 0,
    addSeries: [] as number[],
    scales: {} as Record<string, { min: number; max: number }>,
    shown: {} as Record<number, boolean>,
    redraws: 0,
  };
  cursor = { idx: null };
  bbox = { left: 0, top: 0, width: 1000, height: 300 };
  data: unknown[] = [[]];
  series: { label?: string }[] = [{}];
  private batching = 0;
  private pending = false;
  // A canvas context that counts strokes: a tail paint strokes once per shown series.
  ctx = new Proxy({}, { get: (_t, k) => (k === 'stroke' ? () => this.rec.tails++ : () => {}), set: () => true });
  constructor() {
    plots.push(this.rec);
  }
  private commit() {
    if (this.batching) this.pending = true;
    else this.rec.commits++;
  }
  batch(fn: () => void) {
    this.batching++;
    fn();
    this.batching--;
    if (this.pending) {
      this.pending = false;
      this.commit();
    }
  }
  setData(d: unknown[]) {
    this.data = d;
    this.rec.setData++;
  }
  setScale(k: string, v: { min: number; max: number }) {
    this.rec.scales[k] = v;
    this.commit();
  }
  valToPos(v: number) {
    return v;
  }
  addSeries(o: object, i: number) {
    this.series.splice(i, 0, { ...o });
    this.rec.addSeries.push(i);
  }
  setSeries(i: number, o: { show: boolean }) {
    this.rec.shown[i] = o.show;
    // uPlot resets the series' scale to null here (the paused-toggle bug came from that).
    this.rec.scales.y = { min: null, max: null } as never;
    this.commit();
  }
  setSize() {}
  redraw() {
    this.rec.redraws++;
  }
  destroy() {}
}
