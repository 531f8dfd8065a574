import { ReminderMilestone, ReminderTemplate } from './milestone.rules';

/** Every instant is an ISO-8601 string: actions are printed as JSON lines by `tick`. */
export interface ReminderAction {
  duty: 'REMINDER';
  organizationId: string;
  milestone: ReminderMilestone;
  template: ReminderTemplate;
  contractVersion: number;
  /** The deadline the reminder warns of (E or P). */
  deadline: string;
  /** Null in a dry run: nothing was written. */
  notificationId: string | null;
}

export interface BackupPurgeAction {
  duty: 'BACKUP_PURGE';
  organizationId: string;
  contractVersion: number;
  purgeAt: string;
  /** Archives deleted now and marked PURGED. */
  purgedExportIds: string[];
  /** Archives of requests accepted before P that keep their link lifetime (or are still being made). */
  sparedExportIds: string[];
}

export interface ArchiveExpiryAction {
  duty: 'ARCHIVE_EXPIRY';
  organizationId: string;
  exportId: string;
  requestId: string;
  linkExpiredAt: string;
  /** PURGED when the organisation's backups are already past P, else EXPIRED. */
  status: 'EXPIRED' | 'PURGED';
}

export type DutyAction = ReminderAction | BackupPurgeAction | ArchiveExpiryAction;

export interface DutyRunOptions {
  /** Report what would be done without writing, deleting or sending anything. */
  dryRun: boolean;
}
