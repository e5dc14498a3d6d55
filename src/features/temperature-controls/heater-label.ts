// Human names for OctoPrint heater ids (tool0 -> "Tool 0").
export function heaterLabel(id: string): string {
  if (id === 'bed') return 'Bed';
  if (id === 'chamber') return 'Chamber';
  return id.startsWith('tool') ? `Tool ${id.slice(4)}` : id;
}
