// A socket's subscription ({"subscribe": ...}): which state parts, events and plugin messages it wants.

type Filter = boolean | RegExp;

function toFilter(v: unknown): Filter {
  if (typeof v === 'string') {
    try {
      return new RegExp(v);
    } catch {
      return true;
    }
  }
  return v !== false;
}

export class Subscription {
  state = true;
  logs: Filter = true;
  messages: Filter = true;
  events: boolean | string[] = true;
  plugins: boolean | string[] = true;

  /** Applies a subscribe message; unknown or malformed parts keep their defaults. */
  update(value: unknown): void {
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    if (typeof v.state === 'boolean') {
      this.state = v.state;
      this.logs = v.state;
      this.messages = v.state;
    } else if (typeof v.state === 'object' && v.state !== null) {
      const s = v.state as Record<string, unknown>;
      this.state = true;
      this.logs = toFilter(s.logs ?? true);
      this.messages = toFilter(s.messages ?? true);
    }
    if (typeof v.events === 'boolean') this.events = v.events;
    else if (Array.isArray(v.events)) this.events = v.events.filter((e): e is string => typeof e === 'string');
    if (typeof v.plugins === 'boolean') this.plugins = v.plugins;
    else if (Array.isArray(v.plugins)) this.plugins = v.plugins.filter((e): e is string => typeof e === 'string');
  }

  wantsEvent(type: string): boolean {
    return Array.isArray(this.events) ? this.events.includes(type) : this.events;
  }

  wantsPlugin(id: string): boolean {
    return Array.isArray(this.plugins) ? this.plugins.includes(id) : this.plugins;
  }

  filterLines(lines: string[], filter: Filter): string[] {
    if (filter === true) return lines;
    if (filter === false) return [];
    return lines.filter((l) => filter.test(l));
  }
}
