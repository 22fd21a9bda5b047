/** The choices the settings offer; plain constants, so the header can list them without loading validators. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['normal', 'large', 'x-large'] as const;
