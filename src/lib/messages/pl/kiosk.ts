export const kiosk = {} as const;
