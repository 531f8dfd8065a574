import { Client } from 'pg';
import { TestApp } from '../support/test-app';

/** Ticket texts the classifier reads with confidence; each asks for exactly one thing. */
export const ASKS = {
  ru: {
    BACKUP_EXPORT: 'Просим выгрузить базу данных и moodledata',
    ROOT_ACCESS: 'Нужен root доступ к серверу по ssh',
    ADMIN_ACCESS: 'Нужен полный доступ администратора СДО, пароль админа утерян',
  },
  en: {
    BACKUP_EXPORT: 'Please export our full database and moodledata',
    ROOT_ACCESS: 'We need root access to our server over ssh',
    ADMIN_ACCESS: 'We lost the site administrator login, please restore full admin access',
  },
} as const;

/**
 * Asks after root and full LMS administrator rights beside a deadline, with no word that asks for
 * them: the classifier reads both kinds but is unsure. (Earlier texts served here until the rules
 * read them, rightly, as requests: a repeated request quoted below "повторяю свой запрос", and both
 * kinds named beside a deadline with "Про …".)
 */
export const DOUBTFUL_ACCESS_TEXT = 'Добрый день. А что с root-доступом к серверу и полными правами администратора СЭО? Гарантия заканчивается через 3 дня!';

/** Asks for files in words the classifier cannot place at all. */
export const DOUBTFUL_TEXT = 'Прошу передать нам все файлы по нашей организации на диск.';

/** A question that asks for none of the known things. */
export const GENERAL_TEXT = 'Выставьте, пожалуйста, счёт на продление лицензии на следующий год.';

export type Kind = keyof (typeof ASKS)['ru'];

/** Reads the app's own database directly, to check what the API wrote beside its answer. */
export async function sql<T extends Record<string, unknown>>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: app.database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** The instant `ms` milliseconds after an ISO instant, as ISO. */
export function shift(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

/** A POST to /graphql with any body, for what the typed helper cannot send. */
export async function postRaw(app: TestApp, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let json: RawResponse['json'] = null;
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json };
}
