// Stands in for the 'server-only' guard under Vitest, which is not a React Server environment.
export {};
