import type { Language } from '@app/domain';
import { MailDeliveryError } from '../mail.exception';
import type { RenderContext, RenderedMail } from '../notification.types';
import type { MailBlock, MailContent } from './mail-content.types';

/** Long pastes (logs, whole mail threads) would bury the message; the full text stays in the cabinet. */
const MAX_QUOTE_CHARS = 4000;
const MAX_SUBJECT_CHARS = 200;

const FRAME: Record<Language, { greeting: string; recipient: (org: string) => string; signature: string; cabinet: string; truncated: string }> = {
  ru: {
    greeting: 'Здравствуйте!',
    recipient: (org) => `Письмо для организации «${org}».`,
    signature: 'Служба технической поддержки',
    cabinet: 'Личный кабинет',
    truncated: '[…текст сокращён, полностью он доступен в личном кабинете]',
  },
  en: {
    greeting: 'Hello,',
    recipient: (org) => `This message is for ${org}.`,
    signature: 'Technical support',
    cabinet: 'Customer cabinet',
    truncated: '[…text shortened, the full text is in the customer cabinet]',
  },
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Header injection is impossible once no CR/LF (or other control character) is left in a subject. */
export function sanitizeSubject(subject: string): string {
  const flat = subject.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SUBJECT_CHARS ? `${flat.slice(0, MAX_SUBJECT_CHARS - 1)}…` : flat;
}

/** Only web links go into a mail: a `javascript:` or `file:` href must never reach a customer. */
export function assertWebLink(href: string, field: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw MailDeliveryError.invalid(`${field} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw MailDeliveryError.invalid(`${field} must be an http(s) URL, got scheme ${JSON.stringify(url.protocol)}`);
  }
  return url.toString();
}

function shorten(text: string, language: Language): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (normalized.length <= MAX_QUOTE_CHARS) return normalized;
  return `${normalized.slice(0, MAX_QUOTE_CHARS)}\n${FRAME[language].truncated}`;
}

function blockToText(block: MailBlock, language: Language): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'link':
      return `${block.label}:\n${block.href}`;
    case 'quote':
      return shorten(block.text, language)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
  }
}

const STYLE = {
  p: 'margin:0 0 16px',
  table: 'border-collapse:collapse;margin:0 0 16px',
  th: 'text-align:left;padding:2px 16px 2px 0;color:#555;font-weight:normal;vertical-align:top',
  td: 'padding:2px 0;word-break:break-all',
  quote: 'margin:0 0 16px;padding:8px 12px;border-left:3px solid #ccc;color:#333;white-space:pre-wrap',
};

function blockToHtml(block: MailBlock, language: Language): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.p}">${escapeHtml(block.text)}</p>`;
    case 'facts': {
      const rows = block.rows.map(
        ([label, value]) => `<tr><th style="${STYLE.th}">${escapeHtml(label)}</th><td style="${STYLE.td}">${escapeHtml(value)}</td></tr>`,
      );
      return `<table style="${STYLE.table}">${rows.join('')}</table>`;
    }
    case 'link':
      return `<p style="${STYLE.p}"><a href="${escapeHtml(block.href)}">${escapeHtml(block.label)}</a></p>`;
    case 'quote':
      return `<blockquote style="${STYLE.quote}">${escapeHtml(shorten(block.text, language))}</blockquote>`;
  }
}

/** Wraps a template's blocks in the greeting and signature and produces both MIME parts. */
export function renderLayout(content: MailContent, language: Language, ctx: RenderContext): RenderedMail {
  const frame = FRAME[language];
  const cabinetUrl = assertWebLink(ctx.publicUrl, 'publicUrl');
  const organization = ctx.organizationName.replace(/\s+/g, ' ').trim();
  const head: MailBlock[] = [{ kind: 'paragraph', text: frame.greeting }];
  if (organization) head.push({ kind: 'paragraph', text: frame.recipient(organization) });
  const blocks = [...head, ...content.blocks];

  const text = [
    ...blocks.map((block) => blockToText(block, language)),
    `-- \n${frame.signature}\n${frame.cabinet}: ${cabinetUrl}`,
  ].join('\n\n');

  const html = [
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(sanitizeSubject(content.subject))}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    ...blocks.map((block) => blockToHtml(block, language)),
    `<p style="${STYLE.p};color:#555">${escapeHtml(frame.signature)}<br><a href="${escapeHtml(cabinetUrl)}">${escapeHtml(frame.cabinet)}</a></p>`,
    '</body></html>',
  ].join('\n');

  return { subject: sanitizeSubject(content.subject), text: `${text}\n`, html };
}
