import { RequestKind } from '@app/domain';
import { OTHER_SERVICE_ADMIN } from './other-services.lexicon';
import { OWN_OS_WORK, OWN_OS_WORK_ANCHORS, OWN_OS_WORK_LEADS } from './own-server-work.lexicon';
import { PROSPECTIVE_BUYER } from './prospective-buyer.lexicon';
import { SALES_PITCH as SALES_PITCH_SOURCE, VENDOR_SAID as VENDOR_SAID_SOURCE } from './vendor-words.lexicon';

/**
 * The words the classifier knows, written against TextNormalizer's output: lower case, ё/э → е,
 * й → и, transliterated Russian already in Cyrillic. In these sources `\b` is a word boundary and
 * `\w` a letter or digit in either alphabet (JavaScript's own know only ASCII).
 */
const WORD = '[a-zа-я0-9]';
/** Whether what follows a `\b` in a source is the start of a word (a letter, `\w`, or a group). */
function startsWord(source: string, at: number): boolean {
  const next = source[at];
  if (next === undefined) return false;
  if (next === '(') return source[at + 1] !== '?';
  return next === '\\' || /[a-zа-яё]/.test(next);
}

export function rx(source: string, flags = 'g'): RegExp {
  // A boundary before a word needs only a look-behind, one after a word only a look-ahead; the
  // two-sided form would be correct too, but it makes every pattern several times slower.
  const expanded = source
    .replace(/\\b/g, (_b: string, at: number) => (startsWord(source, at + 2) ? `(?<!${WORD})` : `(?!${WORD})`))
    .replace(/\\w/g, WORD)
    // Sources may be written in ordinary spelling; the text they meet has ё/э/й folded.
    .replace(/[ёэйъ]/g, (c) => ({ ё: 'е', э: 'е', й: 'и', ъ: 'ь' })[c] ?? c);
  return new RegExp(expanded, flags);
}

/** A phrase that names one kind of request. A weak one counts only when the ticket asks for something. */
export interface Trigger {
  label: RequestKind;
  rule: string;
  pattern: RegExp;
  weak: boolean;
  /** Substrings one of which any match contains: a cheap test before the pattern is tried. */
  anchors: readonly string[];
  /** A second such list, for patterns whose anchors are common words: one of these must be present too. */
  leads?: readonly string[];
}

const ADMIN_WORD = String.raw`(администратор\w*|админ(?!истратив)\w*|admin(?!istrative)\w*)`;
const ACCESS_WORD = String.raw`(прав[аоу]?|доступ\w*|учетн\w* запис\w*|учетк\w*|аккаунт\w*|логин\w*|парол\w*|рол[ьи]|полномочи\w*|привилеги\w*|креды|access|account|acct|login|password|pw|rights|privileges|credentials|creds|role)`;
const LMS_WORD = String.raw`(сайт\w*|сео|сдо|moodle|мудл\w*|платформ\w*|lms|site|vle|систем\w* (обучения|дистанционного|электронного)|портал\w*)\b`;
const DATA_WORD = String.raw`(баз\w*(?! знани)|бд|данн\w*|файл\w*|moodledata|мудлдата|data|database|db|files|everything|всего|все\b|всю|всех|систем\w*|сео|сайт\w*|site|lms|moodle|мудл\w*|курсы и|курсов (вместе )?с|журналы|материал\w*|сдо|портал\w*|платформ\w*|platform|информаци\w*|information|records|content|контент|what'?s in (there|it)|сервера|instance|инстанс\w*|(со )?всеми курсами|all (our )?courses)`;

/** What makes a superuser the LMS's own ("the superuser role in the platform", "суперпользователь СЭО"): its administrator, not root. */
const LMS_SUPERUSER_TAIL = String.raw`( (role|account|rights|роль|роли|права|учетк\w*))? (in |of |on |в |на |во )?(the |our |нашеи |нашего |самои )?(сео|сдо|lms|moodle|мудл\w*|platform|платформ\w*|site|саит\w*|портал\w*)\b(?! (box|server|сервер\w*|сервак\w*|vm|host|machine|виртуал\w*|машин\w*))`;

/** Papers a copy may be of ("копии всех счетов", "copies of all invoices"): accounting, not the system's data. */
const PAPERS = String.raw`(сч[еи]т\w*|акт\w*|документ\w*|договор\w*|платежк\w*|платежн\w*|накладн\w*|invoice\w*|documents?|contracts?|receipts?|bills?|statements?|letters?|писем|письм\w*)\b`;

/** The system as a place data is in or comes out of ("из системы", "out of the platform"). */
const SYSTEM_WORD = String.raw`(сео|сдо|систем\w*|платформ\w*|портал\w*|саит\w*|облак\w*|moodle|мудл\w*|system|platform|lms|site|cloud)(?!\w)`;
/** "Всё из программы": the system as a writer who knows it only as "the program" names it; not a curriculum, not 1C. */
const THE_PROGRAM = String.raw`программ\w*\b(?! (обучени|курс|повышени|подготовк|дисциплин|1 ?с|1c)\w*)`;
/** "Программа бэкапа", "агент резервных копий": a backup named after the tool that makes it is not a copy asked for. */
const NOT_A_TOOL_OF = String.raw`(?<!\b(агент\w*|скрипт\w*|утилит\w*|софт\w*|программ\w*) )`;

const trigger = (
  label: RequestKind,
  rule: string,
  source: string,
  weak: boolean,
  anchors: readonly string[],
  leads?: readonly string[],
): Trigger => ({
  label,
  rule,
  pattern: rx(source),
  weak,
  anchors,
  leads,
});

// The verbs the data-handover patterns begin with; DATA_ANCHORS ("все", "all", "site") alone
// are in almost every long letter.
const HAND_OVER_LEADS = [
  'забра', 'получ', 'переда', 'отда', 'скин', 'присл', 'пришл', 'выда', 'сохранит', 'give', 'send', 'transfer', 'hand over', 'get',
  'скопир', 'copy', 'выложит', 'take',
];
const FETCH_LEADS = ['provide', 'receive', 'obtain', 'grab', 'pull', 'download', 'bundle', 'pack', 'zip', 'выкача', 'скача'];
const KEEP_LEADS = ['сохранит', 'забрат', 'заберем', 'скачат', 'получит', 'перенест', 'перевезт', 'хотим', 'хотели'];
const MOVE_LEADS = ['перенест', 'перенос', 'перевезт', 'migrat', 'move', 'moving', 'transfer'];

// Words one of which every data-handover phrase contains ("скиньте базу", "give us everything").
const DATA_ANCHORS = [
  'данн', 'баз', 'бд', 'db', 'всю', 'фаил', 'материал', 'информаци', 'контент', 'сео', 'систем', 'все', 'data', 'files', 'everything',
  'content', 'site', 'lms', 'moodle', 'all', 'whole', 'entire', 'целиком',
];

export const TRIGGERS: readonly Trigger[] = [
  // ROOT_ACCESS
  // Root of a folder, a cause, a domain or the customer's own router is not the server's.
  trigger(RequestKind.ROOT_ACCESS, 'root', String.raw`\b(root|рут(а|у|ом|е|ы|овы\w*|овск\w*|ов)?|рутов\w*)\b(?! (cause|directory|dir|folder|certificate|cert|ca|url|path|of(?! (the |our |your |a )?(server|сервер\w*|vm|box|machine|host|linux))|domain\w*|домен\w*|каталог\w*|директори\w*|(на|on) (the |our |my |нашем |своем |моем )?(роутер|маршрутизатор|коммутатор|телефон|смартфон|ноутбук|компьютер|router|switch|firewall|phone|laptop|pc|printer)\w*))`, false, ['root', 'рут']),
  trigger(RequestKind.ROOT_ACCESS, 'superuser', String.raw`\b(суперпользовател\w*|супер пользовател\w*|суперюзер\w*|супер юзер\w*|superuser\w*|super user\w*|sudo|судо)\b(?!${LMS_SUPERUSER_TAIL})`, false, ['супер', 'super', 'sudo', 'судо']),
  // Whole control of the machine, or its user id 0, is root by another name.
  trigger(RequestKind.ROOT_ACCESS, 'machine-control', String.raw`\buid ?=? ?0\b|\b(full|complete|total) control (of|over) (the |our |your |this )?(server|vm|box|host|machine|virtual machine)\b|\bполн\w* контрол\w* (над|к) (нашим |нашему |этим )?(сервер\w*|виртуал\w*|машин\w*)|\bполн\w* контрол\w*[^.!?\n]{0,40}\bи над (нашим |самим )?(сервер\w*|виртуал\w*|машин\w*)`, false, ['uid', 'control', 'контрол']),
  trigger(RequestKind.ROOT_ACCESS, 'os-level', String.raw`(доступ\w*|прав\w*|уровн\w*|access|rights|level)[^.\n]{0,30}\b(операционн\w* систем\w*|ос|os|operating system)\b|\b(os|ос)[- ]level\b`, false, ['ос', 'os', 'операционн', 'operating']),
  trigger(RequestKind.ROOT_ACCESS, 'server-admin', String.raw`(административн\w* доступ\w*|прав\w* администратора|admin\w* (access|rights)|administrative access)[^.\n]{0,20}\b(к |на |to |on |for )(the )?(сервер\w*|сервак\w*|server|ос|os|виртуал\w*|vm|box|машин\w*)\b|\bправ\w* (главного )?администратора (сервера|сервака|ос)\b|\b(даите|дать|нужен|нужна|нужны|выдаите|give|need) (нам )?(админ\w*|администратор\w*) (на|к|для|on|for|to) (the )?(сервер\w*|сервак\w*|server|vm|виртуал\w*)\b`, false, ['админ', 'admin']),
  // "Highest privileges on the box", "консоль сервера с максимальными правами": root by its rank.
  trigger(RequestKind.ROOT_ACCESS, 'highest-on-server', String.raw`\b(сервер\w*|консол\w*|box|server|machine|linux|линукс\w*|vm)\b[^.\n]{0,40}\b(highest|maximum|максимальн\w*|высш\w*) (privileges|rights|прав\w*|привилеги\w*)|\b(highest|maximum|максимальн\w*|высш\w*) (privileges|rights|прав\w*|привилеги\w*)[^.\n]{0,40}\b(сервер\w*|консол\w*|box|server|machine|linux|линукс\w*|vm)\b|\b(privileged|привилегированн\w*) (доступ\w* к )?(os|ос|операционн\w* систем\w*|shell)\b`, false, ['highest', 'maximum', 'максимальн', 'высш', 'privileged', 'привилегированн']),
  trigger(RequestKind.ROOT_ACCESS, 'ssh', String.raw`(?<!\b(порт\w*|port) )\b(ssh|ссш|ссх)\b(?![ -](port|порт\w*))`, true, ['ssh', 'ссш', 'ссх']),
  trigger(RequestKind.ROOT_ACCESS, 'server-access', String.raw`\b(доступ\w*|парол\w*|access|password|credentials|pw)( по ssh)? (к|от|для|на|to|for|on)( the| our| нашему| нашего)? (сервер\w*|сервак\w*|виртуалк\w*|виртуальн\w* машин\w*|server|vm|box)\b|\b(server|сервер\w*) (access|password|credentials)\b`, true, ['сервер', 'сервак', 'виртуал', 'server', 'vm', 'box']),

  // Patching or firewalling the machine themselves: work only root allows; weak, so it counts only beside an ask.
  trigger(RequestKind.ROOT_ACCESS, 'own-os-work', OWN_OS_WORK, true, OWN_OS_WORK_ANCHORS, OWN_OS_WORK_LEADS),

  // ADMIN_ACCESS
  trigger(RequestKind.ADMIN_ACCESS, 'lms-superuser', String.raw`\b(суперпользовател\w*|супер пользовател\w*|суперюзер\w*|superuser\w*|super user\w*)${LMS_SUPERUSER_TAIL}`, false, ['супер', 'super']),
  // "Учётку главного", "быть «самой главной» в СЭО": "главный" said alone, of a person, is the site's administrator.
  trigger(RequestKind.ADMIN_ACCESS, 'the-main-one', String.raw`\b(учетк\w*|учетн\w* запис\w*|аккаунт\w*|логин\w*|парол\w*|доступ\w*|права) главного(?= *($|[.,;!?—])| (в|на|во) (самои |нашеи |нашем )?(сео|сдо|систем\w*|платформ\w*|саит\w*|портал\w*|moodle|мудл\w*)\b)|\b(быть|стать|сделат\w*|сделаите|назнач\w*)( [a-zа-я]+)? "?(сам(ои|ым|ого) )?главн(ои|ым|ого)"? (в|на|во) (сео|сдо|систем\w*|платформ\w*|саит\w*|портал\w*|moodle|мудл\w*)\b`, false, ['главн']),
  // "Не могу зайти под admin": the administrator's own login, named by who one signs in as; weak, so it counts only beside an ask.
  trigger(RequestKind.ADMIN_ACCESS, 'login-as-admin', String.raw`\b(заити|воити|захожу|вхожу|log ?in|logging in|sign in|signing in)( в систему| в сео| в сдо| to moodle| to the site)? (под|as) "?(admin|administrator|админ\w*|администратор\w*)\b`, true, ['админ', 'admin']),
  trigger(RequestKind.ADMIN_ACCESS, 'admin-panel', String.raw`\b(админк\w*|adminku|adminka)\b`, false, ['админк', 'adminku', 'adminka']),
  trigger(RequestKind.ADMIN_ACCESS, 'super-admin', String.raw`\b(суперадмин\w*|super ?admin\w*)\b`, false, ['суперадмин', 'super']),
  trigger(RequestKind.ADMIN_ACCESS, 'main-admin', String.raw`\b(главн\w*|main|head|site|moodle|мудл\w*|lms)[ -]${ADMIN_WORD}`, false, ['админ', 'admin']),
  // "Главная учётка в системе обучения", "the master account of the site": the site's first account is its administrator.
  trigger(RequestKind.ADMIN_ACCESS, 'main-account', String.raw`\b(главн\w*|main|master|primary)( [a-zа-я]+)? (учетк\w*|учетн\w* запис\w*|аккаунт\w*|account|login)( (в|на|к|of|in|on|for|to))?( the| our| нашеи| нашего| нашем| самои| самого)? ${LMS_WORD}|\b(moodle|lms|site|сео|сдо) (main|master|primary) (account|login)\b(?! (page|screen|form))`, true, ['главн', 'main', 'master', 'primary'], ['учетк', 'учетн', 'аккаунт', 'account', 'login']),
  trigger(RequestKind.ADMIN_ACCESS, 'full-admin', String.raw`\b(полн\w*|full|полноценн\w*|unrestricted)( site| moodle| lms)? ${ADMIN_WORD}`, false, ['админ', 'admin']),
  trigger(RequestKind.ADMIN_ACCESS, 'admin-of-lms', String.raw`\b${ADMIN_WORD}[ -]?(доступ\w* )?(к |в |на |of |on |to |for |in )?(the |our |нашего |нашей |самои |самого |всеи |всего )?${LMS_WORD}`, false, ['админ', 'admin']),
  // "Учётка с полными правами администратора": an account of the administrator's rank, named by its rights.
  trigger(RequestKind.ADMIN_ACCESS, 'admin-rights', String.raw`\b${ACCESS_WORD}( [a-zа-я0-9"]+){0,2} ${ADMIN_WORD}|\b${ADMIN_WORD}[ -](${ACCESS_WORD}|доступ\w*|user)\b|\b(учетн\w* запис\w*|учетк\w*|аккаунт\w*|логин\w*) с (полными )?правами (главного )?${ADMIN_WORD}`, false, ['админ', 'admin']),
  trigger(RequestKind.ADMIN_ACCESS, 'admin-access-lms', String.raw`\b(административн\w*|admin\w*|administrator\w*|администратор\w*) (доступ\w*|access|rights|права|правами)[^.\n]{0,40}\b(к|на|в|во|ко|to|on|in|for|at) (уровне |the level of )?((самои |самого |самой |всеи |всему |the |our )?${LMS_WORD}|(всеи|всю|всему) систем\w*|the (whole|entire) system)`, false, ['админ', 'admin']),
  // "Доступ ко всей СЭО с правами администратора", "access to the whole site with admin rights": the site's administrator named after the access.
  trigger(RequestKind.ADMIN_ACCESS, 'lms-access-as-admin', String.raw`\b(доступ\w*|access)( [a-zа-я]+)? (ко|к|в|во|to|into|on) (всеи |всему |самои |нашеи |the whole |the entire |our whole |our |the )?${LMS_WORD}(?: [a-zа-я]+)? (?:с (полными )?правами (главного )?${ADMIN_WORD}|with (full )?(admin\w*|administrator) (rights|privileges|permissions))`, false, ['админ', 'admin']),
  trigger(RequestKind.ADMIN_ACCESS, 'platform-level', String.raw`\bуровн\w* (самои |самого )?(платформ\w*|сео|сайта|moodle|мудл\w*|lms|сдо)\b|\b(platform|lms|moodle|site)[ -]level\b`, true, ['уровн', 'level']),
  trigger(RequestKind.ADMIN_ACCESS, 'full-rights-lms', String.raw`\b(полн\w*|full)( [a-zа-я]+)? (прав\w*|доступ\w*|rights|access|control)( (в|к|на|to|on|in|over)( the| our| the whole| самои| нашеи| нашему| нашего| всеи| всем| всему)?)? ${LMS_WORD}`, false, ['полн', 'full']),
  trigger(RequestKind.ADMIN_ACCESS, 'full-rights-system', String.raw`\b(полн\w*|full)( [a-zа-я]+)? (прав\w*|доступ\w*|rights|access) (в|к|to|in) (the |our |нашеи |нашу )?(систем[еуы]|system)\b`, true, ['полн', 'full']),
  trigger(RequestKind.ADMIN_ACCESS, 'manage-lms', String.raw`\b(управлять|управления|administer|manage) (всеи |всем |всего |всей |the whole |the entire |our whole )(платформ\w*|сео|сдо|саит\w*|систем\w*|site|platform|lms|moodle|портал\w*)`, true, ['управл', 'administer', 'manage']),
  // "Every permission in the LMS", "все права в СЭО": the whole site's rights without the word admin.
  trigger(RequestKind.ADMIN_ACCESS, 'all-rights-lms', String.raw`\b(все|всеми|every|all)( [a-zа-я]+)? (прав\w*|permissions?|rights)( [a-zа-я]+){0,2} (в|in|on|over)( the| our| самои| нашеи)? (сео|сдо|lms|moodle|site|platform|площадк\w*|систем\w*|мудл\w*)\b`, true, ['прав', 'permission', 'rights']),
  // "The owner account of the Moodle site", "владельцем площадки": the site's top role by another name.
  trigger(RequestKind.ADMIN_ACCESS, 'owner-of-lms', String.raw`\b(owner|владельц\w*|владельцем|top-level role|highest role)( account)?( [a-zа-я]+){0,2} (of |in |on |в |на )?(the |our )?(сео|сдо|lms|moodle|site|platform|площадк\w*|платформ\w*)\b`, true, ['owner', 'владел', 'top-level', 'highest']),
  // "Учётку, которая может всё в СЭО", "control over the whole site": the site's administrator named by what it may do.
  trigger(RequestKind.ADMIN_ACCESS, 'can-do-all', String.raw`\b(учетк\w*|учетн\w* запис\w*|аккаунт\w*|account|login|рол[ьи]|role)(,? (котор\w*|that|which))? (может|могла|мог|can|could) (делать |do )?(все|everything)( (в|на|in|on) (the |our |нашеи |нашем )?${LMS_WORD})?|\bконтрол\w* (над|к) (нашеи |нашим |всеи |всем )?${LMS_WORD}|\bcontrol (of|over) (the |our )?(whole |entire )?(moodle|lms|site|platform|vle)\b|(?<=\bконтрол\w*[^.!?\n]{0,60})\bнад (самои |самим |нашеи )?(сео|сдо|платформ\w*|саит\w*|moodle|мудл\w*)\b`, true, ['может', 'мог', 'can', 'could', 'контрол', 'control'], ['учетк', 'учетн', 'аккаунт', 'account', 'login', 'рол', 'role', 'контрол', 'control']),
  trigger(RequestKind.ADMIN_ACCESS, 'make-admin', String.raw`\b(назнач\w*|сделаи\w*|сделат\w*|make|set up)[^.\n]{0,30}\b(администратором|админом|an? (site )?(admin|administrator))\b`, true, ['админ', 'admin']),

  // BACKUP_EXPORT
  trigger(RequestKind.BACKUP_EXPORT, 'export-ru', String.raw`\b(выгру[зс]\w*|вигру[зс]\w*|выгруж\w*|экспорт\w*(?! (в|во) (scorm|excel|csv|pdf|xls\w*|word|html|формат\w*)))`, false, ['выгру', 'вигру', 'выгруж', 'експорт']),
  // A core, heap or memory dump is a crash's trace, not the data.
  trigger(RequestKind.BACKUP_EXPORT, 'dump', String.raw`(?<!\b(core|heap|thread|memory|crash|stack)[ -])\b(дамп\w*(?! (памяти|ядра|потоков|стека))|dump\w*|слеп(ок|ка|ку|ком)|pg_dump|mysqldump|sql-?дамп\w*)\b`, false, ['дамп', 'dump', 'слеп']),
  trigger(RequestKind.BACKUP_EXPORT, 'backup', String.raw`${NOT_A_TOOL_OF}\b(бекап\w*|бакап\w*|backup\w*|back up|резервн\w* копи(я|и|ю|еи|ям|ями|ях)\b)(?! (agent|software|tool|client|script|solution|агент\w*|скрипт\w*|софт\w*|по)\b)`, true, ['бекап', 'бакап', 'backup', 'back up', 'резервн']),
  trigger(RequestKind.BACKUP_EXPORT, 'copy-of-data', String.raw`\b(копи[июяеи]\w*|copy|copies|снапшот\w*|снепшот\w*|snapshot\w*)( [a-zа-я0-9']+){0,3}( learning)? ${DATA_WORD}(?!( [a-zа-я]+)? ${PAPERS})`, false, ['копи', 'cop', 'снапшот', 'снепшот', 'snapshot']),
  // "Соберите нам полную копию", "a full copy, please": a copy called full is of the whole system unless a course or a paper is named.
  trigger(RequestKind.BACKUP_EXPORT, 'full-copy', String.raw`\b(полн(ую|ая|ои) копи[юяи]|(full|complete) copy)\b(?!( [a-zа-я]+){0,2} (курс\w*|course\w*|паспорт\w*|passport\w*|${PAPERS}))`, false, ['полн', 'full', 'complete']),
  // "Если копия ещё жива", "if the copy is still there": the copy the vendor may still hold of the switched-off system.
  trigger(RequestKind.BACKUP_EXPORT, 'copy-still-held', String.raw`\b(копи[яи]|copy)( [a-z]+)? (еще|все еще|still|уже) (жив\w*|цел\w*|есть|сохранил\w*|хранит\w*|остал\w*|there|exists|available|around|kept)\b`, true, ['копи', 'copy']),
  trigger(RequestKind.BACKUP_EXPORT, 'snapshot', String.raw`\b(снапшот\w*|снепшот\w*|snapshot\w*)`, true, ['снапшот', 'снепшот', 'snapshot']),
  trigger(RequestKind.BACKUP_EXPORT, 'archive-of-data', String.raw`\b(архив\w*|заархивир\w*|zip\w*|archive)( [a-zа-я0-9()+]+){0,3} ${DATA_WORD}|${DATA_WORD}( [a-zа-я0-9]+){0,2} (одним )?(архивом|в архиве)`, false, ['архив', 'zip', 'archive']),
  // "Архив битый", "the export is corrupt": the archive the vendor sent, named as broken; a later "пришлите заново" asks for it again.
  trigger(RequestKind.BACKUP_EXPORT, 'broken-export', String.raw`\b(архив|выгрузк|дамп|бекап|archive|export|dump|backup)\w*( [a-zа-я]+){0,2} (бит(ыи|ая|ое)|поврежд\w*|corrupt\w*|damaged|truncated)\b`, false, ['архив', 'выгрузк', 'дамп', 'бекап', 'archive', 'export', 'dump', 'backup']),
  // "Слейте базу": the slang verb for pouring data out, said of the database.
  trigger(RequestKind.BACKUP_EXPORT, 'pour-out-db', String.raw`\b(слеите|слеи|слить|сливать|сольете)(,? [a-zа-я0-9]+){0,3},? (баз[уы]\w*|бд|дамп\w*|данн\w*|все|everything)\b`, false, ['сле', 'сли', 'сол']),
  // "A full export of the site", "the data export", "export of the whole system": the English export said of the whole.
  trigger(RequestKind.BACKUP_EXPORT, 'export-all', String.raw`\bexport (all|everything|the whole|our whole|the entire|our entire)\b|\b(full|complete|entire|whole|database|db|site|system|moodle|lms|(?<!(user|users|grade|grades|gradebook|personal|course|quiz|report|student|attendance|log|activity)'?s? )data)( data| database| site| system)? export\b(?! (of|from|for|in|to) (a |one |the |this |our |that )?(course|category|group|grade|quiz|user|report)\w*| (to|in|as|into) (excel|csv|pdf|xls\w*|ods|json|xml)\b)|\bexport of (the |our )?(whole |entire |full |complete )?(site|system|database|db|moodle|lms|platform|instance|everything)\b|\b(get|receive|have|need|want|obtain|send us|provide)( us)? (the |our )export (before|until|prior to) (the |our )?(contract|subscription|service|shutdown|switch-?off|deletion|end)\b`, false, ['export']),
  trigger(RequestKind.BACKUP_EXPORT, 'export-en', String.raw`\bexport\w*\b(?! (to|in|as) (excel|csv|pdf|scorm|xls\w*|word|html))`, true, ['export']),
  trigger(RequestKind.BACKUP_EXPORT, 'moodledata', String.raw`\b(moodledata|мудлдата|moodle ?data)\b`, true, ['moodle', 'мудлдата']),
  trigger(RequestKind.BACKUP_EXPORT, 'hand-over-data', String.raw`\b(забра\w*|получ\w*|переда\w*|отда\w*|скин\w*|присл\w*|пришл\w*|выда\w*|сохранит\w* и переда\w*|give|send|transfer|hand over|get|take|скопир\w*|copy|выложит\w*)(,? [a-zа-я0-9]+){0,4},? (all |our |the |нам |наши |все |всю |свои |всех )*((?<!(учетн|контактн|личн|паспортн)[a-zа-я]{1,3} )данн\w*(?! (ответственн|контактн|лиц|руководител|директор|сотрудник|для связи|паспорт|карт)\w*)|материал\w*|(?<!(защит|безопасност)\w* )информаци(?!онн)\w*|content|контент|баз[уы]\w*(?! знани)|бд|файл\w* (и баз\w*|сервера)|курсы (и|с) истори\w*|истори\w* обучени\w*|инф[аоуы]|(?<!(contact|personal|billing|login|payment|card) )datas?|database|db|files and|everything(?![ -](access|admin|root|privilege|right|permission)\w*)|всю базу|(?<=all (of )?(our |the )?)stuff)\b`, false, DATA_ANCHORS, HAND_OVER_LEADS),
  trigger(RequestKind.BACKUP_EXPORT, 'hand-over-whole', String.raw`\b(переда\w*|отда\w*|получит\w*|забрат\w*|скачат\w*|hand over|give|send|transfer)( us| нам)? (the |our )?(whole|entire|весь|всю|целиком) (нашу |наш |our )?(site|platform|system|lms|moodle|саит|систему|платформу|сео|сдо|портал)\b|\b(переда\w*|отда\w*|hand over|give|send|transfer)( us| нам)? (the |our )?(whole|entire|всю|все) (thing|lot|shebang|штуку|это)\s*\(\s*(db|database|data|files|moodledata|бд|баз[аыу]|данн\w*|файл\w*)\b`, false, DATA_ANCHORS, HAND_OVER_LEADS),
  // "Grab everything from our Moodle", "выкачайте всю базу": verbs that fetch, said of all the data.
  trigger(RequestKind.BACKUP_EXPORT, 'fetch-all-data', String.raw`\b(provide|receive|obtain|grab|pull|download|bundle up|pack up|package up|zip up|выкача\w*|скача\w*)(,? [a-zа-я0-9]+){0,2},? (everything|(all (of )?(the |our )?|our (whole |entire )?|the (whole |entire )|всю |все |всех |наш\w* )(данн\w*|(?<!(защит|безопасност)\w* )информаци(?!онн)\w*|information|data|datas|database|db|files|records|content|контент|баз[уы]|site|moodle|lms|platform|сео|сдо|систем\w*|system|instance|stuff|\w+ records))\b(?!(?<=everything) (listed|requested|set out|mentioned|named|below|above)\b)`, false, DATA_ANCHORS, FETCH_LEADS),
  // "Нужно всё, что у нас у вас лежит", "everything we have with you": the whole holding, named by where it lies.
  trigger(RequestKind.BACKUP_EXPORT, 'everything-held', String.raw`\b(все|всем|everything),? (что|we have|that'?s|what'?s)( [a-zа-я']+){0,3} (у вас|у нас у вас|в (нашеи |нашем )?систем\w*|на (нашеи )?платформ\w*|по (нашему |нашеи )?(портал\w*|систем\w*|платформ\w*|саит\w*)|в сео|в сдо|with you|on your (side|servers?)|in (the |our )?(system|platform|lms|moodle|there)|там (есть|лежит|накопилось))`, true, DATA_ANCHORS, ['все', 'everything']),
  // "чтобы у нас на руках осталось всё": what should stay with the customer after the switch-off.
  trigger(RequestKind.BACKUP_EXPORT, 'left-in-hand', String.raw`\b(на руках|у себя)( [a-zа-я]+)? (осталось|остались|остался|было|были|был|сохранилось|сохранились) (все|вся|весь|наши|копи\w*|данн\w*|архив\w*)`, true, ['на руках', 'у себя']),
  // "Забрать всё, что накопилось за три года": keeping everything the system holds, however the holding is named.
  trigger(RequestKind.BACKUP_EXPORT, 'keep-everything', String.raw`\b(забрат\w*|заберем|скачат\w*|получит\w*|выгрузит\w*)( у себя| себе| нам| от вас| у вас)? (все|всю)\s*[:—–-]+\s*(нашу |наши |всю |все )?(баз\w*|бд|данн\w*|курс\w*|файл\w*|материал\w*|оценк\w*|журнал\w*)|\b(take|get|download|pull|grab)( out)? everything\s*[:—–-]+\s*(the |our )?(database|db|data|courses|files|grades|records)\b|\b(сохранит\w*|забрат\w*|скачат\w*|получит\w*)( у себя| себе| для нас| нам)? (все|всю),? (что есть|что у нас|что (мы |у нас )?(накопил|накоплен|наработал|наработан|собрал|собран|создал|создан|загрузил|загружен)\w*|наши|данные|(?<!(защит|безопасност)\w* )информаци(?!онн)\w*|содержимое)|\b(забрат\w*|заберем|перенест\w*|перевезт\w*|скачат\w*) (все|всю систему|весь саит)( [a-zа-я]+)? (к себе|себе)\b|\b(все|всю систему|весь саит)( [a-zа-я-]+){0,3} (забрат\w*|заберем|перенест\w*|перевезт\w*|скачат\w*) (к себе|себе)\b|\b(сохраните|сохранить)( нам| для нас)?(,? [a-zа-я]+){0,2},? (все курсы|весь саит|всю систему|всю сео|всю базу|всю платформу)\b|\b(хотим|хотели бы) (себе|к себе) (все|всю систему|весь саит|всю базу)( (из|с) (сео|сдо|систем\w*|платформ\w*|портал\w*|саит\w*|moodle|мудл\w*))?\b`, false, DATA_ANCHORS, KEEP_LEADS),
  // "Заберём систему к себе", "take our whole Moodle with us": the system itself carried off by the customer.
  trigger(RequestKind.BACKUP_EXPORT, 'system-taken-along', String.raw`\b(забрат\w*|заберем|заберу|перенест\w*|перенесем|перевезт\w*|перевезем)( нашу| всю)* (систему|сео|сдо|платформу|саит|moodle|мудл)( целиком| полностью)? (к себе|себе|с собои)\b|\b(take|carry|bring)( [a-z]+)? (the |our )?(whole |entire )?(lms|moodle|site|platform|system|vle)( [a-z]+){0,3} (with us|along)\b`, false, ['систем', 'сео', 'сдо', 'платформ', 'саит', 'moodle', 'мудл', 'lms', 'site', 'platform', 'vle'], ['забра', 'забер', 'перенес', 'перевез', 'take', 'carry', 'bring']),
  trigger(RequestKind.BACKUP_EXPORT, 'backup-of-data', String.raw`${NOT_A_TOOL_OF}\b(бекап\w*|бакап\w*|backup\w*|резервн\w* копи(я|и|ю|еи))( [a-zа-я0-9]+)? (всеи |всего |нашеи |нашего |of |the |our |all |whole |entire )*(баз\w*|бд|данн\w*|файл\w*|moodledata|систем\w*|system|сервер\w*|server|сео|сайт\w*|site|database|db|data|lms|moodle|everything|всего\b(?! (курс|категори|групп|класс)\w*))\b|\b(db|database|site|moodle|lms|system|server|files)( ?(\+|and|&) ?(db|database|files|moodledata|data director(y|ies)|data dir))? (backup\w*|бекап\w*)\b`, false, ['бекап', 'бакап', 'backup', 'резервн']),
  trigger(RequestKind.BACKUP_EXPORT, 'move-data-out', String.raw`\b(перенест\w*|перенос\w*|перевезт\w*|migrat\w*|move|moving|transfer\w*)( [a-zа-я0-9]+){0,2} (данн\w*|data|сео|систем\w*|moodle|site|lms|все|everything)( [a-zа-я0-9]+){0,3} (из облака|от вас|к себе|на (наш|свои|собственн)\w* сервер\w*|out of (your|the) cloud|to our (own )?server|from your cloud|from the cloud)`, false, DATA_ANCHORS, MOVE_LEADS),
  trigger(RequestKind.BACKUP_EXPORT, 'data-handed-over', String.raw`\b(баз[уы]|бд|данные|файлы|moodledata)( [a-zа-я0-9]+){0,2} (скинуть|скиньте|прислать|пришлите|отдать|отдаите|передать|передаите|выгрузить|выгрузите|забрать|получить|скач[ая]ть|скачаите|выкач[ая]ть)\b`, false, DATA_ANCHORS),
  // "I want the database and all the files", "нужны база и файлы": the two halves of the system asked for together.
  trigger(RequestKind.BACKUP_EXPORT, 'database-and-files', String.raw`\b(want|need|нуж\w*|хотим)( [a-z]+){0,2} (the |our |наш[уа] )?(database|db|бд|баз[ауы]) (and|\+|&|и) (all )?(the |our |наши |все )?(files|файл\w*|moodledata)\b`, false, DATA_ANCHORS, ['want', 'need', 'нуж', 'хотим']),
  // "Получить вообще всё из системы", "всё наше из СЭО забрать", "get everything out of the platform": all of it taken out of the system.
  // "База и файлы", "database + files", "DB and all stored files": the two halves of the system's data named together; weak, so they count only beside an ask.
  trigger(RequestKind.BACKUP_EXPORT, 'database-files-pair', String.raw`\b(база|базу|бд|database|db)( данных)? ?(и|\+|&|and|plus) ?(all |все |вся |the |our |наши )*(stored |uploaded |загруженн\w* )?(files|файлы|moodledata|мудлдата)\b`, true, ['баз', 'бд', 'database', 'db']),
  // "Нужна вся система целиком", "we need the whole site": the system wanted in full, as a thing to have.
  trigger(RequestKind.BACKUP_EXPORT, 'whole-system-wanted', String.raw`\b(нуж(ен|на|но|ны)|need|want)( нам| us| мне| me)? (вся|весь|всю|the whole|the entire|our whole|our entire) (систем[аыу]|саит|сео|сдо|платформ[аыу]|портал|site|system|platform|lms|moodle|instance)( целиком| полностью| in full)?(?! (access|admin\w*|доступ\w*|прав\w*))\b`, false, ['вся', 'весь', 'всю', 'whole', 'entire'], ['нуж', 'need', 'want']),
  // "Получить все курсы вместе с результатами и историей обучения": every course with what the learners did in it.
  trigger(RequestKind.BACKUP_EXPORT, 'courses-with-history', String.raw`\b(получ\w*|забра\w*|переда\w*|отда\w*|присл\w*|пришл\w*|выгруз\w*|get|send|give|hand over|receive|transfer)( [a-zа-я]+){0,3} (все|all( of)?( our| the)?) (курс\w*|courses) (вместе |together |along )?(с|со|with) (результат\w*|оценк\w*|истори\w*|пользовател\w*|прогресс\w*|grades|results|history|users|progress)`, false, ['курс', 'course'], ['получ', 'забра', 'переда', 'отда', 'присл', 'пришл', 'выгруз', 'get', 'send', 'give', 'hand', 'receive', 'transfer']),
  // "Getting our data out", "take everything out": the data brought out of the vendor's hands.
  trigger(RequestKind.BACKUP_EXPORT, 'data-out', String.raw`\b(get|getting|take|taking|pull|pulling|bring|bringing)( all)?( of)? (our|the|all) (data|database|site|moodle|lms|files|everything)( [a-z]+){0,2} out\b`, false, ['data', 'database', 'site', 'moodle', 'lms', 'files', 'everything'], ['get', 'tak', 'pull', 'bring']),
  trigger(RequestKind.BACKUP_EXPORT, 'all-out-of-system', String.raw`\b(забра\w*|получ\w*|скача\w*|выкача\w*|сохрани\w*|взят\w*|присл\w*|пришл\w*|get|take|pull)( [a-zа-я]+){0,2} (все|всю|everything)( наш\w*| of ours| of it)? (из|с|со|out of|from) (нашеи |нашего |вашеи |the |our |your )?(${SYSTEM_WORD}|${THE_PROGRAM})|\b(все|всю)( наш\w*)? (из|с|со) (нашеи |нашего )?${SYSTEM_WORD}( [a-zа-я]+){0,2} (забра\w*|получ\w*|скача\w*|выкача\w*|сохрани\w*)|\b(забра\w*|получ\w*|скача\w*|выкача\w*|сохрани\w*|get|take|pull)( [a-zа-я]+)? (из|со|с|out of|from) (нашеи |нашего |the |our )?${SYSTEM_WORD}( [a-zа-я]+)? (все|всю|everything)\b`, false, DATA_ANCHORS, ['забра', 'получ', 'скача', 'выкача', 'сохрани', 'взят', 'присл', 'пришл', 'get', 'take', 'pull']),
  trigger(RequestKind.BACKUP_EXPORT, 'complete-data', String.raw`\b(complete|full|полн\w*)( our| наши| нашу| the)* (данн\w*|data|database|баз[уы])\b`, true, DATA_ANCHORS, ['complete', 'full', 'полн']),
  trigger(RequestKind.BACKUP_EXPORT, 'all-data', String.raw`\b(все|всех|all( of)?|whole|entire|целиком)( our| наши| нашими| наших| the| moodle| lms)* (данн\w*|data|систем\w*|database)\b`, true, DATA_ANCHORS),
];

/** Asks for something: needed for a weak trigger to count. */
export const REQUEST_CUE = rx(String.raw`\b(нуж\w*|надо|необходим\w*|треб\w*|прош\w*|просим|даите|дат|дать|выда\w*|выдел\w*|предостав\w*|пришл\w*|присл\w*|вышл\w*|высл\w*|скин\w*|переда\w*|отда\w*|сдела\w*|подготов\w*|сформир\w*|можно|нельзя ли|хотим|хотел\w*|хочу|получ\w*|забра\w*|заберем|(кто-нибудь|кто-то|someone|anyone) (может|сможет|can|could)|сообщ\w*|напомина\w*|remind\w*|pending|outstanding|повтор\w*|ждем|жду|помоги\w*|обеспеч\w*|верни\w*|разблокир\w*|сохрани\w*|создаи\w*|создат\w*|сбрось\w*|выгрузи\w*|успеем|успеваем|запрос\w*|запрашива(ем|ю)|need\w*|please|pls|plz|request\w*|could|can|would like|we'd like|i'd like|wish|want\w*|give|provide|send|grant|hand over|share|prepare|get|restore|reset|help|requir\w*|let us|is it possible|kindly|would be (great|helpful|really helpful|nice)|appreciate|хотелось бы|было бы (хорошо|здорово|удобно)|будем благодарн\w*|буду благодарн\w*|re-enable|enable|unlock|zip|create|set up|go ahead|receive|obtain|is possible|possible to|arrange|хватит|хватило бы|достаточно)\b`);

/** Refuses or already holds something; scope is resolved around each match (see ClauseScope). */
export const NEGATION = rx(String.raw`\b(не (мои|моя|мое|наш|наша|наше) (вопрос|забота|дело|тема)|не пиш(у|ем)|not (my|our) (question|concern|call|business)|not (asking|writing) about (it|that|this|them)|не (про|для) нас|ни при чем|без надобности|(is|are) (irrelevant|not relevant)|has nothing to do with (it|this|that|us)|not for us|scrap\w*|skip( the| our)?|drop the|leave out|(fine|ok|okay|happy) (handling|doing|managing|taking care of|looking after)|(справимся|разберемся) сами|сами (справимся|разберемся)|не (очень |так )?(нуж\w*|надо|треб\w*|прос\w*|хот\w*|интерес\w*|трога\w*|дела\w*|восстанавл\w*|выгружа\w*|присыла\w*|понадоб\w*|актуальн\w*|пригод\w*)|ни к чему|не к чему|незачем|ничего из (того|этого|перечисленного)|none of (that|this|these|those|the above|what you (listed|mentioned))|не (будем|станем)|не предлага\w*|(don'?t|do not) offer|нет необходимости|ни(?! при чем)|без|отзыва\w*|отозва\w*|отзовите|withdraw\w*|отмен\w*|а не|не (его|ее|это)|вместо|забудьте|аннулир\w*|отбои|снимаем(?= *($|[.,;!—]))|снимаем (заявк\w*|запрос\w*|просьб\w*|вопрос\w*)|передумал\w*|не выполня\w*|scratch|disregard|ignore (my|our|the)|forget (the|about)|won'?t be (necessary|needed)|(don'?t|do not|does not|doesn'?t|won'?t|will not|no longer)( really| actually)? (need|want|require|request)\w*|no need|not (interested|needed|necessary|required)|(isn'?t|aren'?t|is not|are not) (needed|necessary|required)|without|cancel\w*|instead of|rather than|(?<!(have|has|is|got) )no(?= (export|dump|backup|root|admin|server|sudo))|(у нас )?уже (есть|имеется|получ\w*)|у нас ест[ь']|у нас (свои|своя|свое)(?= *($|[.,;!—]))|(есть|работает) и работает|(?<=[a-zа-я0-9",] )(ест[ь']|работает|имеется)(?= *($|[.,;!—]))|(is|are|works|worked|working|'s) (fine|ok|okay|good|sorted)(?! (handling|doing|managing|taking care|looking after))|works fine|(happy|satisfied|content) with|already (have|got|has|hold|holds|possess)|(we|we'?ve|we have) (always had|had( it| that| them)? (all along|for (years|ages|a long time|a while)|since|from (the start|day one|the beginning)|forever))|у нас (давно|всегда|и так) (есть|имеется|был\w*)|(?<=[a-zа-я0-9] )already(?= *($|[.,;!—]))|we have (the|our|a)(?= (moodle |site |lms )?admin)|(?<!\b(can|could|may|might|will|shall|would|should|do|did|to|if|once|when) )we (do |already )?(have|'ve got|got)(?= (root|sudo|superuser|ssh)\b)|(?<!\b(can|could|may|might|will|shall|would|should|do|did|to|if|once|when) )we('ve| have)( always)? had(?= (root|sudo|superuser|ssh)\b)|(?<=[(,] ?)not (the|an?|our|any))\b`);

/** Refusals that only look forward ("без файлов", "no export") or only back ("root is fine"). */
export const NEGATION_FORWARD_ONLY = rx(String.raw`^(scrap\w*|skip|drop the|leave out|(fine|ok|okay|happy) (handling|doing|managing|taking care of|looking after)|ни(?! к чему| при чем)|ничего из|none of|без(?! надобност)|(happy|satisfied|content) with|отмен(и|а\b|у\b)\w*|а не|вместо|no|no need|without|cancel(?!l?ed)\w*|instead of|rather than|not (the|an?|our|any)|don'?t|do not|does not|doesn'?t|won'?t(?! be)|will not|no longer)\b`, '');
export const NEGATION_BACKWARD_ONLY = rx(String.raw`^(не (мои|моя|мое|наш|наша|наше) (вопрос|забота|дело|тема)|не пиш(у|ем)|not (my|our) (question|concern|call|business)|not (asking|writing) about (it|that|this|them)|not (needed|necessary|required)|(we|we'?ve|we have) always had|(we|we'?ve|we have) had(?=.)|isn'?t|aren'?t|is|are|works|worked|working|'s|не (про|для) нас|ни при чем|без надобности|(is|are) (irrelevant|not relevant)|has nothing to do with (it|this|that|us)|not for us|ест[ь']|работает|имеется|у нас (свои|своя|свое))\b|^already$`, '');

/** "Not only X but also Y", polite negatives and what is still missing ("до сих пор нет ни админа, ни выгрузки") are not refusals. */
export const NOT_A_NEGATION = rx(String.raw`\b(не только|not only|not just|не могли бы|нельзя ли|не подскажете|не затруднит|(до сих пор|все еще|так и) нет ни\b[^.!?\n]{0,80}?\bни|ни\b[^.!?\n]{0,60}?\bни\b[^.!?\n]{0,60}?\b(до сих пор|все еще|так и|пока) (нет|не (получил\w*|выдали|дали|передали))|(still|yet) (have|got) neither|neither\b[^.!?\n]{0,60}?\bnor\b[^.!?\n]{0,60}?\b(has|have) (been )?(arrived|come|reached us|been (sent|given|received)))\b`);

/** The customer already received or did it themselves: a report, not a request. */
export const ALREADY_DONE = rx(String.raw`(?<!\b(не|not|never|haven'?t|hasn'?t|didn'?t|yet|still) )(?<!\b(котор\w*|that|which) (вы|you) )(?<!\b(чтобы|чтоб|шоб|штоб|щоб)( вы| нам| вы нам| мы| я)?( [a-zа-я]+ и)? )\b(знаем|we know|получили|получил|получила|(подтвержда\w*|подтвердить) получени\w*|получени\w*[^.!?\n]{0,80} (подтвержда\w*|подтверждено)|(confirm\w*|acknowledg\w*) (the )?receipt|all received|восстановил|восстановила|(both|all|now|they|it) work(s|ing)?(?= *($|[.,;!—]))|скачали|сбросили|we can (now )?(log ?in|sign in|get in)(?=[^.?!\n]* now\b)|(теперь|уже) (можем|могу|получилось|получается) (войти|зайти|залогиниться)|восстановили|выполнили|исполнили|(is|was|has been|have been) (done|completed|fulfilled|handled)|делали|сделали|прислали|присылали|отдали|отдавали|сохранили|сохранился|сохранилась|нашли|нашелся|нашлась|нашлось|нашлись|развернули|уже (дали|выдали|предоставили|передали|выслали|отправили)|received|deployed|turned up|(you|you'?ve|you have) already (gave|given|granted|provided|sent)|downloaded|got(?! (deleted|removed|lost|locked|blocked|disabled|broken|hacked|corrupted))|found|managed to|спасибо за помощь|thanks for (the |your )?help|thanks?( you)?( so much| a lot| again)? for (getting|sorting|fixing|resetting|restoring|sending)|thanks?( you)?( so much| a lot| again)? for (the|our|the new) ([a-z-]+ ){0,2}(credentials|creds|password|access|archive|export|dump|backup|copy|link|files|login)|спасибо за ([a-zа-я-]+ ){0,2}(доступ\w*|парол\w*|архив\w*|выгрузк\w*|дамп\w*|бекап\w*|копи[юи]|ссылк\w*|учетк\w*)|sent (us|me)|everything works|everything'?s working|everything is working|all working|all works|все работает|reset it|all good|never mind|nevermind|неактуально|вопрос снят|works again|working again|снова работает|(link|ссылка|archive|архив) (worked|сработал\w*|opened|открыл\w*)|заработал\w*|уже успели)\b`);
/** A clause opening with "чтобы" wishes ("чтобы вы до конца июня сделали копию и прислали ссылку"): its past tense reports nothing. */
export const SUBJUNCTIVE = rx(String.raw`^\s*(чтобы|чтоб)\b`, '');
export const IMPERATIVE = rx(String.raw`\b(пришлите|вышлите|дайте|выдайте|предоставьте|передайте|отдайте|сделайте|подготовьте|выгрузите|скиньте|соберите|сообщите|восстановите|please|send|give|provide|grant)\b`);

/** Anaphoric request after a backup mention: "если есть — пришлите её". */
export const ANAPHORIC_REQUEST = rx(String.raw`\b(пришлите|вышлите|выгрузите|сделаите|отправьте|скиньте|send|re-?send|make|upload|share)(,? [a-zа-я]+){0,2},? (заново|повторно|еще раз|снова|again|once more|a (new|fresh|second) (one|copy|link))\b|\b(пришлите|вышлите|выгрузите|отдаите|скиньте|дайте|подготовьте|send|share|give|prepare)(,? нам|,? us|,? мне|,? me|,? пожалуиста|,? please)*,? (ее|его|их|it|them|the latest( one)?|the last one|последн\w*|if so)\b|\b(could|can|may) (we|i) (have|get) (a|one) copy\b|\b(можно|можем|могли бы) (ли )?(мы )?(нам )?(получить|взять) (копию|ее|их)\b|^\s*(если да\s*)?(пришлите|вышлите|выгрузите|отдаите|скиньте|send it|please send)( нам)?( пожалуиста| please)?[.!]*\s*$`);

/** Self-service how-to ("как выгрузить оценки", "how do I back up a course", "где кнопка резервной копии"), unless it asks how to obtain. */
export const HOW_TO = rx(String.raw`\b(как|how|где|where|способ|way to)( [a-zа-я0-9']+)?( [a-zа-я0-9']+)? ([a-zа-я]+(ть|ти|чь)|(back up|export|restore|reset|change|add|create|find|download|set|make|configure|give|assign|move|import|run|install|update|upgrade|enable|switch))\b|\b(где|where)( [a-zа-я']+){0,3} (кнопк\w*|пункт\w* меню|button|menu item)\b`);
export const OBTAIN = rx(String.raw`\b(получит\w*|забрат\w*|запросит\w*|оформит\w*|заказат\w*|get|obtain|request|receive|have)\b`);
/** Getting back into an account or a machine ("как восстановить доступ к учётке", "how to regain access"): a how-to of this asks for the access. */
export const REGAIN_ACCESS = rx(String.raw`\b(восстановит\w*|восстановлени\w*|вернут\w*|recover\w*|regain\w*|restore|get back)( [a-zа-я]+)? (доступ\w*|access|login|логин\w*)\b`);
/** Words of taking the data away: a how-to clause holding one asks how to get the data, which is the request. */
export const TAKE_AWAY = rx(String.raw`\b(забрат\w*|получит\w*|скачат\w*|download|receive|obtain)\b`);

export const COURSE_SCOPE = rx(String.raw`\b(курс[аеуо]?|курсов|курсы|course|courses|single course|категори\w*|category|mbz)\b`);
export const SYSTEM_SCOPE = rx(String.raw`\b((всеи|всего|всю|весь)(?! (групп\w*|класс\w*|поток\w*|курс\w*|категори\w*|кафедр\w*))|целиком|систем\w*|сео|сайт\w*|site|whole|entire|everything|всех курсов|все курсы|всем курсам|истори\w* обучени\w*|all (our )?courses|every course|баз\w*|бд|database|db|moodledata|данн\w*|data|сервер\w*|server|платформ\w*|platform|lms|moodle|мудл\w*|сдо|портал\w*|all (the |our )?(information|records|content)|всю информаци\w*)\b`);
export const RESTORE = rx(String.raw`\b(восстанов(ите|ить|ление|лении|им)|restor\w*(?! points?\b)|(bring|get) (it|them|\w+) back|(bring|get) back|(подня(ть|ли|тие)|подним\w*)[^.!?\n]{0,40}? из|(put|set) (it|them|(the |our )?\w+) back|roll\w*( (it|them|the \w+|our \w+|\w+))? back|rollback|откат\w*|верн(уть|ите|уться|емся)|вернут\w*|return\w*|come back|coming back|import\w*|обратно)\b`);
export const RETENTION = rx(String.raw`\b((?<!\b(сами|мы|мы их|мы сами|мы их сами|у себя|у нас)( не)? )хран\w*|удаля\w*|удален\w*|удалит\w*|делаются|делаете|(?<!\b(we|i|we never|we don'?t|we do not|we didn'?t|we haven'?t|we have not) )(keep\w*|kept)|delet\w*|stored|store|retain\w*|retention|purg\w*|how often|how far back|за какои (срок|период)|на какую глубину|что будет с|what happens|what will happen|ежедневн\w*|daily|политик\w*|policy|шифру\w*|зашифрован\w*|шифрован\w*|encrypt\w*|цод\w*|data ?cent(er|re)s?)\b`);
export const USER_LEVEL_EXPORT = rx(String.raw`\b(excel|csv|xls\w*|pdf|список\w*|оцен(ок|к\w*)|журнал\w* оценок|отчет(ы|а|ов)?|результат\w*|вопрос\w*|банк\w*|gradebook|grade\w*|quiz\w*|result\w*|reports?|list|calendar|questions?|пользователе\w* в|пользовател(еи|ям)|users|submissions?|заданий|работ студентов)\b`);
/**
 * An integration with another system ("интеграция с 1С для выгрузки сотрудников"), or an export out of an accounting, HR or
 * directory system ("выгрузка из 1С в СЭО"): data exchange, not the system's copy.
 */
export const INTEGRATION = rx(String.raw`\b(интеграци\w*|интегрир\w*|синхрониз\w*|integrat\w*|sync\w*|api|коннектор\w*|connector\w*|(из|from) (1 ?[сc]|зуп|sap|crm|erp|битрикс\w*|bitrix\w*|active directory|ldap|кадров\w* (систем|программ)\w*|(the |our )?hr (system|software)))\b`);
/** Doing it themselves ("хотим сами делать бэкапы сервера"): not a request for the vendor's copy. */
/** "Полная копия, не один курс, а вся система", "not one course": a course named only to be turned down does not narrow the copy. */
export const COURSE_TURNED_DOWN = rx(String.raw`\b(не|not|а не|rather than|instead of)( (один|одного|single|one|a single|just one|only one|отдельн\w*))? (курс\w*|course\w*)\b`);
/** One course named as such ("один курс", "a single course"): the system words around it do not widen it. */
export const ONE_COURSE = rx(String.raw`\b(один|одного|одном|single|one|отдельн\w*|конкретн\w*|this|that|этот|этого|тот|того) (курс\w*|course)\b`);
/** Asks about a kind (what it gives, whether it is included, who holds it, how much) without asking for it. */
export const INQUIRY = rx(String.raw`\b(что (нам |это |мне |конкретно |именно )?(даст|дает|позволит|позволяет|значит|будет давать)|для чего|зачем|кто(?!( |-)?(то|либо|нибудь)\b)|who|what (exactly )?(would|will|does|do|can)|what( [a-z']+){1,3} (would|will|does|do|can) (allow|let|give|mean|include|enable|change)|whether|(вы|you)( сами| yourselves)? (заходите|входите|подключаетесь|log ?in|connect)\b[^.!?\n]{0,40}\?|есть ли у|входит ли|включает ли|(?<!\b(must|should|has to|have to|needs to|need to) )includes?|предусмотрен\w*|выдаете ли|выдается ли|предоставляете ли|вы (вообще|обычно) (выдаете|предоставляете|даете)|(выдаете|предоставляете|даете) (ли )?([a-zа-я-]+ ){0,3}(клиентам|заказчикам)|do you (ever |usually |normally )?(give|grant|provide|hand out) ([a-z-]+ ){0,3}to (your )?(customers|clients)|положен\w* ли|(do|would) you (offer|provide|give)|something you offer|is it true|правда ли|(а )?правда,? что|это точно|то же самое|the same as|сколько( [a-zа-я]+)? (стоит|стоят|весит|времени|хран\w*|дней)|во сколько (обоидет\w*|обоидут\w*)|something (you|вы) (normally |usually )?(offer|hand over|give|provide)|how (much|many|big)|(list|register|record|log)s? of (the )?(individuals|persons|people|users|employees|staff|accounts)|(список|перечень|реестр)\w* (лиц|сотрудник\w*|пользовател\w*|людеи|учетн\w* запис\w*)|кому (из [a-zа-я]+ )?(вы )?(выдавал\w*|выдан\w*|предоставлял\w*|передавал\w*))\b`);
/** A quote or a commercial offer for something ("КП на перенос СЭО", "a quote for migrating"): it prices the work, it does not order it. */
export const PRICE_OFFER = rx(String.raw`\b(коммерческ\w* предложени\w*|кп|смет[аыу]|праис\w*|quote|quotation|commercial (offer|proposal)|proposal|pricing|price|cost estimate)( [a-zа-я]+){0,2} (на|по|для|for|of|on)\b`);
/** Asks to be given or to obtain: a question holding one of these is still a request. */
export const ASKS_FOR_IT = rx(String.raw`\b(нуж\w*|надо|прош\w*|просим|хотим|хотел\w*|получит\w*|забрат\w*|выдат\w*|дат|дать|предоставит\w*|передат\w*|прислат\w*|need\w*|want|get|obtain|receive|(please|pls|kindly) (give|send|provide|grant|share)|(can|could|would) (you|we) (please )?(give|send|provide|grant|get|have|share|deliver)|whether (you|we) (could|can|would|might) (please )?(deliver|send|provide|give|share|hand over))\b`);
/** Commands the vendor to act; unlike IMPERATIVE, bare English "give"/"send" inside a question do not count. */
export const COMMAND = rx(String.raw`\b(пришлите|вышлите|дайте|выдайте|предоставьте|передайте|отдайте|сделайте|подготовьте|выгрузите|скиньте|соберите|(please|pls|kindly) (send|give|provide|grant|prepare|make|go ahead|share))\b|(^|[.!?\n] *)(send|give|provide|grant|share) `);
/** Root or sudo given to a service's own account ("sudo пользователю www-data"): the customer's set-up of their machine, not access asked of us. */
export const SERVICE_ACCOUNT = rx(String.raw`\b(пользовател\w*|user|учетн\w* запис\w*|учетк\w*|account|для|for|to) (the )?(www-data|apache|nginx|httpd|postgres|mysql|cron|daemon|nobody)\b|\b(www-data|apache|nginx|postgres|mysql)( user)? (sudo|root)\b`);
/** A line of a bill or an act, quoted ("в акте строка «Предоставление доступа root»"): what it names is a service billed, not asked for. */
export const BILLED_LINE = rx(String.raw`\b${PAPERS}[^".!?\n]{0,80}\b(строк\w*|позици\w*|line item|line|entry|item)( [a-zа-я0-9]+){0,2}:? *"`);
/** A condition that is itself a polite request ("если пришлёте", "if you could send"). */
export const POLITE_CONDITION = rx(String.raw`\b(пришлете|вышлете|передадите|дадите|предоставите|выдадите|сделаете|подготовите|выгрузите|you (could|can|would) (please )?(send|give|provide|share|prepare|grant))\b`);
/** A condition ("если мы запросим root", "if we asked for an export"): what it names is not asked for yet. */
export const CONDITION = rx(String.raw`^\s*(если|в случае|if|in case|should we)\b`, '');
/** Asks to be told something, or where backups are kept: with a retention word, a question about backups, not a request for one. */
export const EXPLAIN = rx(String.raw`\b(справк\w*|(written |formal )?(statement|certificate|letter)( [a-z]+){0,3} (on|about|regarding|confirming|stating)|поясн\w*|разъясн\w*|разьясн\w*|уточн\w*|подскаж\w*|сообщит\w*|сообщите|clarify|remind|explain|tell (me|us)|inform (me|us)|let (me|us) know|(где|в каком|в какои|where|in which)( [a-zа-я]+){0,4} (хран|наход|stored|kept|located|held)\w*)\b`);
/** Deletion named as a deadline ("before it's deleted", "до удаления"): the copy is wanted before it. */
export const DELETION_DEADLINE = rx(String.raw`\b(before|until|till|до|перед|пока не)( [a-z']+){0,2} (удален\w*|удалени\w*|удалят|удалили|delet\w*|remov\w*|wiped|purged|erased)`);
/** A job or a page that breaks ("the backup failed", "бэкап не создаётся"): said without an ask, a fault report. */
export const MALFUNCTION = rx(String.raw`\b(бит(ыи|ая|ое)|поврежд\w*|corrupt\w*|damaged|truncated|не распаковыва\w*|fail\w*|error\w*|ошибк\w*|broken|slow|медленн\w*|crash\w*|stuck|не работает|не работают|не создает\w*|не запускает\w*|не проходит|не проходят|сломал\w*|пада\w*|завис\w*|тормоз\w*)\b`);
/** Deleting data or old backups is the opposite of handing a copy over. */
export const DELETION = rx(String.raw`\b(удалит\w*|удалите|удаля\w*|почист\w*|очист\w*|delete\w*|remove[ds]?|removing|removal|erase[ds]?|erasing|erasure|wipe[ds]?|wiping|purge[ds]?|purging)\b`);
/** The whole ticket only asks about something ("просто уточняем", "just curious"), unless it also commands. */
export const JUST_ASKING = rx(String.raw`\b(просто (уточняем|уточняю|интересуемся|интересуюсь|спрашиваем|спрашиваю|(хотим|хочу|хотелось бы) (понять|понимать|знать|разобраться))|(спрашива|интересу|уточня)\w*( [a-zа-я]+)? на будущее|на будущее( [a-zа-я]+)? (спрашива|интересу|уточня)\w*|спрашиваем заранее|(?<!продл\w* (\w+ )?)пока (ничего )?не (заказываем|решили(?! (с|насчет|по|про|о) продлени\w*)|нуж\w*)|решение (пока )?не принято|(just )?evaluating|оцениваем варианты|рассматриваем варианты|только для информации|(for|only for) information( only)?|просто (чтобы|для) (понимать|понять|знать|понимания)|(just )?double-checking|just (curious|asking|checking|wondering|comparing|planning)|(only|simply) planning( ahead)?|просто планируем|просто интересно|интересует в общем|вопрос теоретическии|(hypothetically|гипотетически)|правильно (ли )?понимаю|only asking|no request yet|not asking for(?! anything (else|inside|in|on|beyond|more|other))|only want to know|(not needed|don'?t need it) (right )?now|none of that will be needed|nothing (is )?(needed|required) from you|nothing needed|nothing for you to do|no action (is )?(needed|required)|(?<!(?<![a-zа-я])(?!делать)[a-zа-я]+(ть|ти) )(от вас )?ничего не (нужно|требуется|надо)|nothing (is )?(needed|required)( (yet|for now|right now|now))?|for now nothing|nothing to do( yet| for now)?|(don'?t|do not) do anything( yet| now| for now| right now)?|not (right )?now(?= *($|[.,;!—]))|not yet(?= *($|[.,;!—]))|не сеичас(?= *($|[.,;!—]))|пока ничего не (делаите|предпринимаите|надо|нужно|требуется)|ничего не делаите|пока не (делаите|надо|нужно)|${PROSPECTIVE_BUYER})\b`);
/** A request put off to an unknown later time ("may need an export someday"): said with a maybe, it asks for nothing now. */
export const DEFERRED = rx(String.raw`\b(потом|позже|позднее|в будущем|когда-нибудь|когда нибудь|со временем|в дальнеишем|ближе к (лету|осени|зиме|весне|концу\w*)|через (пару|несколько) (месяцев|лет|недель)|someday|some day|at some point|later on|later|one day|eventually|in the future|down the road|in due course|in a few (months|years)|next (year|term|semester)|в следующем (году|семестре))\b`);
/**
 * A kind set aside as a topic to write about later ("про выгрузку напишем отдельно", "we'll get back to you about the export"):
 * the ticket says it will ask, not that it asks.
 */
export const TOPIC_PUT_OFF = rx(String.raw`\b(напишем|сообщим|вернемся|обратимся|решим|(we|i)('ll| will) (write|get back|come back|let you know))\b[^.!?\n]{0,30}\b(отдельно|позже|потом|позднее|separately|later)\b|\b(отдельно|позже|потом|позднее|separately|later)\b[^.!?\n]{0,10}\b(напишем|сообщим|вернемся|обратимся|решим|(we|i)('ll| will) write)\b`);
/** A plan the writer had at first ("сначала хотели выгрузку", "originally we meant to ask for root"): said of the past, it was given up. */
export const FIRST_PLAN = rx(String.raw`\b(сначала|изначально|поначалу|первоначально|at first|originally|initially)\b[^.!?\n]{0,25}\b(хотели|хотел|хотела|собирал\w*|планировал\w*|думали|wanted|meant|were going|was going|planned|intended|thought)\b`);
export const MAYBE = rx(String.raw`\b(возможно|может быть|может|наверное|вероятно|maybe|perhaps|possibly|probably|might|may (need|want|ask)|could (need|want))\b`);
/** A one-word answer to a question about a kind ("Root? no."). */
export const BARE_NO = rx(String.raw`^\s*(тоже )?(no|nope|нет|не нуж\w*|не надо|тоже нет)\s*[.!,—-]*\s*(\([^)]{0,60}\)\s*[.!]*\s*)?$`, '');
/**
 * Refuses what the clause before named, by a pronoun or by nothing ("we don't need it, right?", "Нет, сейчас не нужен"),
 * or calls it someone else's matter ("Админка — не наш вопрос", "— вопрос учебного центра, я по нему не пишу"),
 * perhaps putting it off ("— пока не нужно, решим позже"); a pronoun refusing it may go on with the reasons ("— нам он не нужен, своего админа нет").
 */
export const REFUSES_PREVIOUS = rx(String.raw`^\s*(это |that'?s |this is |it'?s )?(не (мои|моя|мое|наш|наша|наше) (вопрос|забота|дело|тема)|not (my|our) (question|concern|call|business))\b|^\s*(это )?(вопрос|забота|дело) [a-zа-я]+( [a-zа-я]+)?,? (я|мы)( по (нему|неи|этому вопросу)| об этом| про (это|него|нее))? не пиш(у|ем)\b|^\s*(это |that'?s |this is )?(не к нам|не про нас|не наш случаи|not for us|not our case|not relevant (to|for) us|(doesn'?t|does not) apply to us)\b|\b(don'?t|do not) need (it|that|this)( (now|anymore|any more|yet))?(,? right)?\s*[?.!,]*\s*$|^\s*(нет,? )?(сейчас |пока |уже )?(не нуж(ен|на|но|ны)|не надо|не требуется)( сейчас| пока)?\s*[,(][^?]{0,60}$|^\s*(no,? )?(not needed|not required|no need)\s*[,(][^?]{0,60}$|^\s*(нет,? )?(сейчас |пока |уже )?(не нуж(ен|на|но|ны)|не надо)( сейчас| пока)?(,? (решим|обсудим|вернемся|посмотрим|скажем|сообщим|напишем)\w*( к этому)?( позже| потом| отдельно)?)?[\s,.!]*$|^\s*not (needed )?(yet|for now|right now)(,? (we'?ll|we will) (decide|see|come back|get back|let you know)( to it)?( later)?)?[\s,.!]*$|^\s*(нет,? )?(нам |мне )?(он|она|оно|они|это|его|ее|их) (нам |мне )?(сеичас |пока |уже |совсем |вообще )?(не нуж(ен|на|но|ны)|не надо|ни к чему)\b|^\s*(no,? )?(we|i) (really )?(don'?t|do not) (need|want) (it|that|this|them)\b|^\s*([a-zа-я ]{1,20}:\s*)?(none of (that|this|it|these|those|the above)( [a-z]+)? (is|are|will be) (needed|required|necessary|relevant)|ничего из (этого|того|перечисленного)( нам)? (не нужно|не требуется|не надо))\b`, '');
/**
 * Asks whether the clause before is the vendor's business at all ("root и админка — это к вам?", "is that something you
 * handle?"): a question about whom to ask, not an ask.
 */
export const WHOSE_BUSINESS = rx(String.raw`^\s*(а |and |but )?(это|this|that|it|is (this|that|it)|that'?s)( [a-zа-я]+)? (к вам|по вашеи части|ваше|вашего|ваша|по адресу|for you|yours|your (department|job|area|side|team)|to you|you)\s*\?|^\s*(вы|you)( [a-zа-я]+)? (этим|такими (вещами|вопросами)|this|that|such (things|requests)) (занимаетесь|заниметесь|ведаете|handle|deal with|do)\s*\?|^\s*(к кому|куда|who)( [a-zа-я]+){0,3} (обращаться|обратиться|писать|handles|deals with|should we ask|do we ask)\b[^?]{0,20}\?`, '');
/** Says the clause before is wanted after all ("кто выдаёт рутовый пароль? нам нужен", "сколько стоит? хотим получить его до мая"). */
export const ASKS_PREVIOUS = rx(String.raw`^\s*(да,? )?(нам |мне )?(очень )?(он |она |оно |это |его |ее )?(нуж(ен|на|но|ны)|надо)( нам| мне)?[\s,.!]*$|^\s*(да,? )?(он|она|оно|это|они) (нам|мне) (очень |как раз )?(нуж(ен|на|но|ны)|надо)\s*(,|$)|^\s*(yes,? )?(we|i) (do |really )?need (it|that|this|one)[\s,.!]*$|^\s*(и |а |but |and )?(мы |я |нам |мне )?(хотим|хотели бы|хотел бы|хотела бы|планируем|просим|прошу|нужно|надо|необходимо) (его|ее|их|это) (получить|оформить|заказать|запросить|забрать)\b|^\s*(и |а |but |and )?(мы |я |нам |мне )?(хотим|хотели бы|хотел бы|хотела бы|планируем|просим|прошу|нужно|надо|необходимо) (получить|оформить|заказать|запросить|забрать) (его|ее|их)\b|^\s*(but |and )?(we|i)('d| would)? (like|want|plan|hope|need) to (get|have|receive|obtain|order) (it|that|this|one|them)\b|^\s*(и |а |поэтому |так что )?(мы )?(запрашиваем|просим|прошу|запрашиваю)( (его|ее|их|это|оба|обе))?( пожалуиста)?[\s,.!]*$|^\s*(so,? )?(please )?(consider this (the|our|a|my) request|we (hereby )?request (it|this|that|them))\b`, '');
/** Root got by the customer through the server console: the FAQ's way after support ends, not a request. */
export const ROOT_BY_CONSOLE = rx(String.raw`\b(через|via|using|from|with) (the |a |our )?([a-zа-я]+ )?(консол\w*|console)\b(?<!\b(если нет|если нельзя|если не получится|иначе|otherwise|if not|failing that)\b[^.!?\n]{0,80})`);

/** "Отчёт из СЭО", "a report from Moodle": the system named as where a report comes from, not as what is exported. */
export const SYSTEM_AS_SOURCE = rx(String.raw`\b(из|from|out of|in|в) ${SYSTEM_WORD}`);
export const SELF_SERVICE = rx(String.raw`\b(сами|самим|сама|сам|самостоятельно|своими силами|ourselves|myself|our own|on our own)\b`);
/** The copy said to be made by the vendor ("a backup made by you", "копию, сделанную вами"): the customer's own words elsewhere are of another copy. */
export const BY_VENDOR = rx(String.raw`\b((?<!(если|if) )(вы|you) (сами|самостоятельно|yourselves|yourself)|(made|done|prepared|taken|created|produced) by (you|your (team|side|staff|engineers))|by your (team|side|staff|engineers)|on your side|(сделанн|подготовленн|снят)\w* (вами|вашими специалистами|на вашеи стороне)|вами (сделанн|подготовленн|снят)\w*|с вашеи стороны|вашими силами|силами (вашеи|ваших) (поддержки|специалистов|сотрудников))\b`);
/** Asking what a word means ("difference between root and sudo") is not asking for it. */
export const DEFINITION = rx(String.raw`\b(difference between|разниц\w* между|чем отличается|чем отличаются|(what is|what's)( an?)? (root|sudo|superuser|moodledata|dump|backup|export)|что такое|что значит|what does)\b`);
export const CONSOLE = rx(String.raw`\b(консол\w*|console)\b`);
export const ADMIN_UI = rx(String.raw`\b(тормоз\w*|не открыва\w*|ошибк\w*|белыи экран|error|slow|не работает|найти|find|настроик\w* почты|где|where|в админке|in the admin panel|admin panel|зайти в админку|обезопас\w*|защит\w*|двухфактор\w*|2fa|two-factor|secure|protect\w*)\b`);
export const CABINET = rx(String.raw`\b(личн\w* кабинет\w*|cabinet|customer portal)\b`);
/** The cabinet as the way something is sent ("пароли присылайте через личный кабинет"), not as what is asked about. */
export const CABINET_CHANNEL = rx(String.raw`\b(через|via|through|in|в) (the |our |your |ваш\w* |наш\w* )?(личн\w* кабинет\w*|cabinet|customer portal)\b`);
export const NOT_LMS_ADMIN = rx(String.raw`\b(прежн\w*|бывш\w*|предыдущ\w*|former|previous|ex-) ?(админ|администратор|admin|administrator)(|а|ом|у|ы|s)\b(?! (доступ\w*|прав\w*|учетк\w*|учетн\w*|парол\w*|логин\w*|account|access|rights|password|login|credentials))|\b(администратор\w*|админ\w*|admin\w*|administrator\w*)( [a-zа-я0-9"']+){0,2} (курс\w*|course\w*|категори\w*|category|безопасност\w*)\b|\b(системн\w*|сис) ?админ\w*|\bsys ?admin\w*|\b(system|systems|network) administrator\w*|\b(admin|админ)\w* (team|staff|department|people|отдел\w*|команд\w*|служб\w*)\b|\b(администратор\w*|админ\w*|admin\w*|administrator\w*) (ос|os|операционн\w*)\b|\b(администратор\w*|админ\w*|admin\w*)( [a-zа-я0-9"«»']+){0,2} (в |in |of |for )?[«"]?(библиотек\w*|антиплагиат\w*|otsms|занят\w*|plugin\w*|плагин\w*)|\b(администратор|админ|admin|administrator)\w*( (?!(доступ|прав|учетк|учетн|парол|логин|account|access|rights|password|login|credentials))[a-zа-я]+){0,3} (просил\w*|попросил\w*|сказал\w*|велел\w*|говорит|говорят|считает|утверждает|уверяет|проверил\w*|подтвердил\w*|подтверждает|asked|said|told|says|tells|thinks|claims|checked|confirmed|confirms|insists)\b|\b(администратор\w*|админ\w*|admin\w*|administrator\w*) (windows|виндовс\w*|компьютер\w*|пк|pc)\b|\b(windows|виндовс\w*|локальн\w*|local)( [a-zа-я]+)? (администратор\w*|админ\w*|admin\w*|administrator\w*)|\b(вебинар\w*|семинар\w*|тренинг\w*|обучени\w*|курс\w*|инструкци\w*|руководств\w*|webinar\w*|seminar\w*|training\w*|courses?|sessions?|workshops?|manuals?|guides?)( [a-zа-я]+){0,2} (для|for) ([a-zа-я]+[ -]){0,2}(администратор\w*|админ\w*|admin\w*|administrator\w*)|${OTHER_SERVICE_ADMIN}`);

/** Kinds retold from the vendor's own words ("you said root is for on-premise servers"): see vendor-words.lexicon.ts. */
export const VENDOR_SAID = rx(VENDOR_SAID_SOURCE);
/** The writer's own ask, or the vendor's promise, in a clause that retells the vendor: then the clause still asks. */
export const WRITER_ASKS = rx(String.raw`\b(просим|прошу|запрашиваем|запрашиваю|хотим|хотели бы|нам нуж\w*|мне нуж\w*|нужн\w* нам|(нужн[оаы]|нужен|надо|need|want)( нам| мне| us)? (все|everything|all of it|all of that)|можно (нам|мне|ли)|пришлите|дайте|выдайте|предоставьте|сделайте|подготовьте|обещали|please|kindly|(we|i) (would like|'d like|need|want|request|ask|are asking|am asking|hereby request)|we'd like|i'd like|(can|could|may) (we|i)|promised|(will|would|'ll) be (ready|done|sent|prepared))\b`);
/** A writer selling something: spam, whatever it names (see vendor-words.lexicon.ts). */
export const SALES_PITCH = rx(SALES_PITCH_SOURCE);

/** The new text confirms or repeats what it quotes: then quoted requests count. */
export const CONFIRMATION = rx(String.raw`^\s*(да|yes|yep|yeah|верно|так точно|подтверждаю|именно|correct|that'?s right|exactly|go ahead|согласн\w*|делаите|выполняите|действуите|agreed|please proceed|proceed)\b|^\s*(оба|обе|и то,? и другое|и то и то|все три|both|both of them|all three|all of them)\b(?![^.!?\n]{0,40}\b(не|нет|no|not|neither)\b)|\b(да, именно|подтверждаю|повтор\w* (свои |свою |мою )?(запрос|заявк\w*)|повторно направляю|дублирую|просьба выполнить|прошу выполнить|прошу исполнить|please action|please handle|please process|(process|action|handle) (it|this|that|the above)|forwarding (the|this) (above|below|request|message)|(never|didn'?t|did not) (get|got|receive) (an? )?(answer|reply|response)|остал\w* без ответа|(?<=(^|[.!\n:—-])\s*)(да|yes),? (please|пожалуиста|запрашива\w*|прос\w*|нуж\w*|подтвержда\w*|хотим|we (do|need|want))|(пишу|пишем|обращаюсь|обращаемся|направляю|направляем|отправляю|отправляем) (повторно|еще раз|снова)|повторно (пишу|пишем|обращаюсь|обращаемся)|(i'?m|we'?re|i am|we are) writing (again|once more)|ответа (так и |до сих пор |все еще |пока )?(не было|не поступило|не пришло)|see (the )?(request )?below|repeat\w* (my|our) request|(запрашива\w*|просим|прошу)( [a-zа-я]+){0,2}[ —-]*(и то,? и другое|и то и то|оба|обе|все это|все три)|(we )?(request|ask for|need|want) (both|all three|both of them|all of (it|them|that))|still waiting|ждем ответа|ответа нет)\b`, '');

/**
 * Puts the quoted request again without restating it ("just checking in on this", "resending", "всё так, ждём",
 * "пересылаю письмо директора, сделайте, как она просит"): the quote is what is asked for, unless the new text reports it done.
 */
export const REMINDER = rx(String.raw`\b((just )?(checking|following) (in|up)|still (need|want|waiting|require)\w*|re-?send\w*|any (update|news|progress)|(as )?(requested|asked|described) (below|above|earlier|before)|пересыла\w*( [a-zа-я]+){0,3} (письм\w*|просьб\w*|запрос\w*|заявк\w*|обращени\w*)|как (она|он|они|директор\w*|руководител\w*|начальств\w*) (просит|просят|просил\w*|написал\w*|пишет)|как (просили|просил\w*|написано|указано) (ниже|выше)|(просьб|запрос|заявк|письм|обращени|требовани)\w*,? (указанн|изложенн|приведенн|описанн|перечисленн)\w* (ниже|выше)|(указанн|изложенн|приведенн|описанн|перечисленн)\w* (ниже|выше) (просьб|запрос|заявк|пункт|требовани)\w*|присоедин\w* к (просьб|запрос|заявк|письм|обращени)\w*|во исполнение( [a-zа-я]+)? (письм|распоряжени|приказ|поручени|указани|требовани)\w*|(все|всего) перечисленн\w*|(the )?(request|ask|letter|email|e-mail|message|note)s? (below|above)|(below|above) (request|letter|email|e-mail|message)|(i|we) (also )?(join|second|support|echo) (the|this|that|my|our|[a-z]+'s) (request|ask)|in (line|accordance|compliance) with the (letter|request|email|e-mail|instruction)s? (below|above)|(everything|all( the)? items?) (listed|requested|set out|mentioned) (below|above)|(is|are) still (pending|outstanding|open)|напомина\w*|(все еще|по-прежнему|до сих пор) (ждем|нуж\w*)|ждем( [a-zа-я]+)? (выполнени\w*|ответ\w*))\b|^\s*(все|все) (так|верно|правильно)\b`, '');

/**
 * A short reply that plainly closes, calls off or turns down what the quote under it asks ("заявку закрываем", "отменяйте",
 * "не нужно", "thanks, all received"): read as asking nothing, it may be trusted; any other short reply may carry the quote.
 */
export const CLOSING_REPLY = rx(String.raw`\b(спасибо|благодар\w*|thanks?|thank you|закрыва\w*|закроите|закрыть|close\w*|отмен\w*|cancel\w*|не (нуж\w*|надо|актуал\w*|требу\w*|исполня\w*|выполня\w*|делаите)|ничего не|неактуал\w*|вопрос (снят|решен)|(don'?t|do not|doesn'?t|does not) need|no (need|longer)|not (needed|necessary|required|what we (meant|need|asked))|нет необходимости|получили|received|got it|all set|never mind|disregard|ignore|отбои|ок|ok|okay|понял\w*|ясно|noted|understood)\b|^\s*(нет|no)\b`);
/** A later withdrawal of what the ticket asked before it ("never mind", "вопрос снят"). */
/** Someone else's ask, or the writer's own earlier one, reported ("завуч просит, чтобы…", "she keeps asking for", "вчера писали, что хотим"). */
export const REPORTED_ASK = rx(String.raw`^\s*(просит|просят|просил\w*|хочет|хотят|требует|требуют)\b|\b((он|она|они|завуч|директор\w*|учител\w*|преподавател\w*|препод\w*|методист\w*|коллег\w*|сотрудни\w*)( [a-zа-я.]+){0,3} (просит|просят|просил\w*|попросил\w*|хочет|хотят|требует|требуют)|(писали|писал|писала|сообщали|говорили),? что|(he|she|they|the teacher|the head|our teacher|a teacher|a colleague|the director)( [a-z]+){0,2} (asks|asked|keeps asking|wants|wanted|requests|requested))\b`);
export const WITHDRAWAL = rx(String.raw`\b((так что|поэтому|значит|тогда|so|then),? (please )?(отменяите|отмените|cancel (it|that|this|the (request|order|export)))(?! [a-zа-я])|never mind|nevermind|неактуально|не актуально|вопрос снят|вопрос решен|проблема решена|разобрались|отбой|all good( now)?|sorted now|everything works now)\b`);
/** Asks for something about data or access: a ticket like this with no label is one the rules may have missed. */
export const DOMAIN_REQUEST = rx(String.raw`\b(баз[аыу]|данн\w*|(?<!(загрузк|загруж|закачк|upload)\w* )файл\w*|материал\w*|копи[июя]\w*(?!( [a-zа-я]+){0,2} (курс\w*|course\w*|${PAPERS}))|архив\w*|(доступ\w*|прав[аом]?)(?![^.?!\n]{0,40}\b(в|во|на|к|ко|по|для|in|on|to|for|of) (курс\w*|категори\w*|course\w*|category|categories)\b)|парол\w*|сервер\w*|админ\w*|access(?![^.?!\n]{0,40}\b(в|во|на|к|ко|по|для|in|on|to|for|of) (курс\w*|категори\w*|course\w*|category|categories)\b)|password|data|files|server|admin\w*|cop(y|ies)(?!( [a-zа-я]+){0,2} (курс\w*|course\w*|${PAPERS}))|archive|credentials|login)\b`);
/** The data half of DOMAIN_REQUEST (files being uploaded go in, not out): an unlabelled ask about files or data is likelier a missed export than an ask about a password is a missed access request. */
export const DATA_REQUEST = rx(String.raw`\b(баз[аыу]|данн\w*|(?<!(загрузк|загруж|закачк|upload)\w* )файл\w*|материал\w*|копи[июя]\w*(?!( [a-zа-я]+){0,2} (курс\w*|course\w*|${PAPERS}))|архив\w*|data|files|cop(y|ies)(?!( [a-zа-я]+){0,2} (курс\w*|course\w*|${PAPERS}))|archive)\b`);
/**
 * "all" beside a name of the system or of what it holds ("всё: курсы, журналы", "all the information
 * on the platform"): an unlabelled ask like this is most often an export request in words the rules lack.
 */
export const WHOLE_SYSTEM = rx(String.raw`\b(все|всю|весь|всех|всеи|everything|all|whole|entire|целиком)\b[^.?!\n]{0,40}\b(систем\w*|платформ\w*|сео|сдо|портал\w*|site|moodle|мудл\w*|lms|курс(ы|ов|ам|ами|ах)|пользовател\w*|юзер\w*|оценк\w*|истори\w*|журнал\w*|information|информаци\w*|records|content|контент|инф[аоуы]|данн\w*|data)\b`);
/**
 * Taking the whole system along or all it holds ("take our Moodle with us", "упаковать платформу",
 * "all of it"): with no label found, an ask in these words is likelier an export the rules missed.
 */
export const CARRY_OFF = rx(String.raw`\b(take|carry|bring|move)( [a-z']+){0,3} (with us|along)\b|\b(pack\w*|упаков\w*|увезт\w*|(забрат|взят)\w* с собои)\b|\b(all of it|every bit|everything in it|what'?s in it|все что (там есть|в неи|в нем|есть)|все содержимое)\b`);
/** DOMAIN_REQUEST without the administrator words: beside a writer's own title, these still ask for access. */
export const ACCESS_REQUEST = rx(String.raw`\b((доступ\w*|прав[аом]?)(?![^.?!\n]{0,40}\b(в|во|на|к|ко|по|для|in|on|to|for|of) (курс\w*|категори\w*|course\w*|category|categories)\b)|парол\w*|сервер\w*|access(?![^.?!\n]{0,40}\b(в|во|на|к|ко|по|для|in|on|to|for|of) (курс\w*|категори\w*|course\w*|category|categories)\b)|password|server|credentials|login)\b`);
