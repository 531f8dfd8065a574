import { DemoScenario } from './demo-organizations';

/** Example tickets the demo files, written the way customers write them. */
export const DEMO_TICKETS: readonly { scenario: DemoScenario; subject: string; body: string }[] = [
  {
    scenario: 'cloud-active',
    subject: 'Выгрузка данных перед окончанием договора',
    body: 'Добрый день! Договор на облачную СЭО не будет продлён. Просим предоставить полную выгрузку базы данных и файлов moodledata. Root нам не нужен.\n\nС уважением, отдел ИТ',
  },
  { scenario: 'cloud-active', subject: 'доступ', body: 'нужен root доступ к серверу по ssh, и полные права администратора СЭО' },
  { scenario: 'cloud-active', subject: 'Повторно: выгрузка', body: 'Напоминаем про нашу заявку: пришлите архив всех наших данных (дамп базы и файлы).' },
  { scenario: 'cloud-ended-10d', subject: 'Data export', body: 'Hello, our cloud subscription ended last week. Could you please send us a full backup of our database and files?' },
  { scenario: 'cloud-ended-10d', subject: 'Admin login', body: 'We lost the site administrator login of our LMS, please restore full admin access.' },
  { scenario: 'cloud-ended-40d', subject: 'Бэкап', body: 'Здравствуйте, сервис закончился месяц назад, можно ли получить резервную копию всей системы?' },
  { scenario: 'server-active', subject: 'Root и админ до окончания поддержки', body: 'Гарантийная поддержка заканчивается, просим выдать root-доступ к серверу и полный администраторский доступ к СЭО.' },
  { scenario: 'server-active', subject: 'Копия данных', body: 'Сделайте, пожалуйста, полную выгрузку базы данных нашей системы.' },
  { scenario: 'server-ended', subject: 'Root password', body: 'Our warranty support ended. We need the root password for our server.' },
  { scenario: 'server-ended', subject: 'Счёт', body: 'Выставьте, пожалуйста, счёт на продление лицензии на следующий год.' },
];
