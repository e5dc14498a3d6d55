// Types of vite-plugin-pwa's virtual modules (virtual:pwa-register).
/// <reference types="vite-plugin-pwa/client" />
