import { rx } from './classifier.lexicon';

/**
 * Sending the site's visitors elsewhere ("send everything from the site to our new domain by redirect", "перенаправьте всё
 * с сайта на новый домен", "point the DNS at the new address"): addresses moved, no copy of the data asked for.
 * A web address only: "a new address" of mail ("на новый адрес почты") still receives an export.
 * Written against TextNormalizer's output.
 */
export const REDIRECT = rx(
  String.raw`\b(redirect\w*|re-direct\w*|перенаправ\w*|перенаправлени\w*|редирект\w*|переадрес\w*|dns|cname)\b|\b(to|onto|at|на) (the |our |a |наш\w* |свои\w* )?(new|нов\w*) (web ?site |site |саит\w* )?(domain|домен\w*|url|урл\w*|address|адрес\w*)\b(?! (e-?mail|mail|почт\w*|электронн\w*))`,
);

/** The data named as a copy to have ("a dump of the database", "архив с файлами"): beside a redirect, still an export. */
export const COPY_NAMED = rx(
  String.raw`\b(баз[аыуе]|бд|дамп\w*|архив\w*|копи[июя]\w*|выгрузк\w*|бекап\w*|бэкап\w*|moodledata|мудлдата|database|db|dump|archive|backup|export|copy|files|файл\w*|@)`,
);
