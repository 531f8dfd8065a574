import type { ExplanationTexts, GuidanceLinks, ServiceDates } from './explanation.texts';
import { Product, RequestKind } from './vocabulary';

const KIND: Readonly<Record<RequestKind, string>> = {
  [RequestKind.BACKUP_EXPORT]: 'a data export (database and server files)',
  [RequestKind.ROOT_ACCESS]: 'root access to the server',
  [RequestKind.ADMIN_ACCESS]: 'full administrator access to the LMS',
};

const EXPORT_USES =
  'The export holds the database and the server files (without executable files): your learning ' +
  'materials, settings and the whole learning history. It is enough to deploy the system on community ' +
  'Moodle, to come back to our cloud later with all your data, or to deploy an identical installation ' +
  'on your own server under a licence.';

function exportOffer(dates: ServiceDates): string {
  return (
    `Instead, you can request a data export in your personal cabinet. ${EXPORT_USES} ` +
    `An export can be made while we keep the backups: until ${dates.backupsDeletedAt}.`
  );
}

function afterPurge(dates: ServiceDates): string {
  return (
    `The backups of your data were deleted from our servers on ${dates.backupsDeletedAt}; the system can ` +
    'now only be restored from a backup you downloaded earlier.'
  );
}

function consoleGuidance(links: GuidanceLinks): string {
  const articles = links.passwordReset.join(', ');
  const knowledgeBase = links.knowledgeBase
    ? ` Answers to common questions are in the public sections of our knowledge base: ${links.knowledgeBase}.`
    : '';
  return (
    'The system on your server keeps working. You can get root access yourself through the server ' +
    `console (this also works when the server cannot be reached over ssh): ${links.serverConsole}. ` +
    `Ways to reset a password on the server: ${articles}.${knowledgeBase}`
  );
}

export const EN_EXPLANATIONS: ExplanationTexts = {
  alreadyOpen: (kind, existingRequestId) =>
    `Your organisation already has an open request for ${KIND[kind]} (${existingRequestId}). We have ` +
    `linked this ticket to it so the work is not done twice; you will hear from us under ${existingRequestId}.`,

  exportLinkResent: (existingRequestId, linkExpiresAt) =>
    `The data export of request ${existingRequestId} is ready and its download link is valid until ` +
    `${linkExpiresAt}. We have sent that link again to your organisation's addresses; no new export is needed.`,

  noContract: (kind) =>
    `We could not find your organisation's contract in our system, so we cannot check your request for ` +
    `${KIND[kind]} automatically. A support specialist will review it and reply to you.`,

  lowConfidence: (kind) =>
    `We are not sure we understood your ticket correctly, so a support specialist will review your ` +
    `request for ${KIND[kind]}. They will contact you if anything needs clarifying.`,

  exportApproved: (dates) =>
    'Your data export is approved. We will prepare an archive with the database and the server files ' +
    "(without executable files) and send a download link to your organisation's addresses. " +
    `Your last day of service is ${dates.lastServiceDay}.`,

  exportFromRetainedBackup: (dates) =>
    `Your service has ended: the last day of service was ${dates.lastServiceDay}. The system is switched ` +
    `off, but we keep backups of your data until ${dates.backupsDeletedAt} and delete them then. We will ` +
    'prepare the export from the backup (database and server files, without executable files) and send a ' +
    "download link to your organisation's addresses. Keep the archive: once the backups are deleted, it " +
    'is the only way to restore the system.',

  backupsPurged: (dates) =>
    `Your service has ended (the last day of service was ${dates.lastServiceDay}), and 30 days later, on ` +
    `${dates.backupsDeletedAt}, we deleted all backups of your data from our servers. An export can no ` +
    'longer be made: the system can only be restored from a backup you downloaded earlier.',

  notAvailableForCloud: (kind, dates, exportStillPossible) =>
    `The cloud version runs on our company's servers, so ${KIND[kind]} is not available for it. ` +
    (exportStillPossible ? exportOffer(dates) : afterPurge(dates)),

  accessApproved: (kind, product, dates) => {
    const term = product === Product.CLOUD ? 'service' : 'warranty support';
    return (
      `Your request for ${KIND[kind]} is approved. A support specialist will carry it out before your ` +
      `${term} ends, that is no later than ${dates.lastServiceDay} (the last day of ${term}). We never ` +
      'send credentials by e-mail: the specialist will tell you how to receive them safely.'
    );
  },

  serviceEnded: (kind, dates, exportStillPossible) =>
    `Your cloud service has ended: the last day of service was ${dates.lastServiceDay}. The system is ` +
    `switched off, so ${KIND[kind]} can no longer be provided. ` +
    (exportStillPossible ? exportOffer(dates) : afterPurge(dates)),

  supportEnded: (kind, dates, links) =>
    `Your warranty support has ended: the last day of support was ${dates.lastServiceDay}. We therefore ` +
    `cannot carry out your request for ${KIND[kind]}. ` +
    (kind === RequestKind.BACKUP_EXPORT
      ? 'The data is on your own server: with root access you can copy it yourself. '
      : '') +
    consoleGuidance(links),

  dataOnCustomerServer: (dates) =>
    'The data of your system is on your own server, so we make the export together with you: a support ' +
    `specialist will contact you and help. Your warranty support lasts until the end of ${dates.lastServiceDay}.`,
};
