/** Every store's migrate, in one lazily loaded chunk (see lazy-migrations.ts). */
export { migrateAttempts } from './attempt-migrations';
export { migrateProgress } from './progress-migrations';
export { migrateSettings } from './settings-migrations';
