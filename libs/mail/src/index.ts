export * from './notification.types';
export * from './mail.exception';
export * from './smtp-error.classifier';
export * from './message-id.util';
export * from './recipient.validator';
export * from './mail.renderer';
export { escapeHtml, sanitizeSubject } from './templates/mail.layout';
export * from './mail.transport';
