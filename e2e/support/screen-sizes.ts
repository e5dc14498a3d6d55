// The four screens the dashboard is designed for: a desktop, a laptop, a phone and a Raspberry Pi's touch screen.
export const SCREEN_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 800, height: 480 },
] as const;
