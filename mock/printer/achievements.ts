// The bundled achievements plugin's unlock event, as OctoPrint 1.11 pushes it (one per key per server run).
export const achievementPayload = (key: string, name: string, description: string) => ({
  key,
  name,
  description,
  hidden: false,
  nag: false,
  timebased: false,
  type: 'achievement',
  logo: key,
});
