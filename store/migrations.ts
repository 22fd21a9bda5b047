/** Every store's migrate, in one lazily loaded chunk (see lazy-migrations.ts). */
export { migrateAttempts, migrateAttemptsReport } from './attempt-migrations';
export { migrateProgress, migrateProgressReport } from './progress-migrations';
export { migrateSettings, migrateSettingsReport } from './settings-migrations';
