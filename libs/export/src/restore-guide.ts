import type { Language } from '@app/domain';
import type { DatabaseKind } from './database-url.parser';

export interface RestoreGuideFacts {
  organizationName: string;
  requestId: string;
  createdAt: Date;
  databaseKind: DatabaseKind;
  dumpPath: string;
  excludedCount: number;
}

export const RESTORE_GUIDE_NAME = 'RESTORE.md';

/** A short guide in the customer's language; commands are the same in both. */
export function renderRestoreGuide(language: Language, facts: RestoreGuideFacts): string {
  const text = language === 'ru' ? RU : EN;
  const restoreDb = facts.databaseKind === 'postgresql'
    ? ['createdb moodle', `pg_restore --no-owner --dbname=moodle ${facts.dumpPath}`]
    : ['mariadb -e "CREATE DATABASE moodle DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"', `mariadb moodle < ${facts.dumpPath}`];
  return [
    `# ${text.title}`,
    '',
    `${text.organization}: ${facts.organizationName}`,
    `${text.request}: ${facts.requestId}`,
    `${text.created}: ${facts.createdAt.toISOString()}`,
    '',
    `## 1. ${text.checkTitle}`,
    text.check,
    '',
    '```sh',
    'tar -xzf <archive>.tar.gz -C restore/ && cd restore/',
    "node -e \"const m=require('./manifest.json');for(const f of [m.database,...m.files,...m.extras])console.log(f.sha256+'  '+f.path)\" | sha256sum -c --quiet",
    '```',
    '',
    `## 2. ${text.databaseTitle}`,
    text.database,
    '',
    '```sh',
    ...restoreDb,
    '```',
    '',
    `## 3. ${text.filesTitle}`,
    text.files,
    '',
    '```sh',
    'cp -a moodledata/. /var/www/moodledata/',
    'chown -R www-data:www-data /var/www/moodledata',
    'php admin/cli/purge_caches.php',
    '```',
    '',
    `## 4. ${text.excludedTitle}`,
    text.excluded.replace('{count}', String(facts.excludedCount)),
    '',
  ].join('\n');
}

const EN = {
  title: 'Restoring your Moodle data',
  organization: 'Organisation',
  request: 'Request',
  created: 'Created (UTC)',
  checkTitle: 'Check the archive',
  check: 'manifest.json lists the SHA-256 and size of every file. Extract into an empty folder and check them:',
  databaseTitle: 'Restore the database',
  database: 'Create an empty database and load the dump into it (the same major version of the database server or newer):',
  filesTitle: 'Restore the files',
  files: 'Copy the moodledata folder to the data directory of the new installation (`$CFG->dataroot` in config.php), give it to the web server user and purge the caches:',
  excludedTitle: 'What is not in the archive',
  excluded: 'Moodle caches and temporary folders (rebuilt automatically), executable files, links and special files are left out for safety: {count} items, each listed with its reason under "excluded" in manifest.json. The Moodle program code is not part of the data: install the same Moodle version first.',
};

const RU: typeof EN = {
  title: 'Восстановление данных Moodle',
  organization: 'Организация',
  request: 'Заявка',
  created: 'Создан (UTC)',
  checkTitle: 'Проверьте архив',
  check: 'В manifest.json указаны SHA-256 и размер каждого файла. Распакуйте архив в пустую папку и проверьте их:',
  databaseTitle: 'Восстановите базу данных',
  database: 'Создайте пустую базу данных и загрузите в неё дамп (сервер базы данных той же основной версии или новее):',
  filesTitle: 'Восстановите файлы',
  files: 'Скопируйте папку moodledata в каталог данных новой установки (`$CFG->dataroot` в config.php), назначьте владельцем пользователя веб-сервера и очистите кэши:',
  excludedTitle: 'Чего нет в архиве',
  excluded: 'Кэши и временные папки Moodle (создаются заново автоматически), исполняемые файлы, ссылки и специальные файлы не включены из соображений безопасности: {count} шт., каждый указан с причиной в разделе "excluded" файла manifest.json. Программный код Moodle не входит в данные: сначала установите ту же версию Moodle.',
};
