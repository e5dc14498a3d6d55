// Whether the dashboard's first data is drawn: the controls and banners that come in chunks of their own wait for it.
import { createContext, useContext } from 'react';

/**
 * True outside a dashboard that is still waiting (a view without the gate loads everything at once). Chunks arriving
 * and evaluating during the link's handshake used to queue the socket's start and the first chart behind them.
 */
export const FirstDataShown = createContext(true);

export const useFirstDataShown = (): boolean => useContext(FirstDataShown);
