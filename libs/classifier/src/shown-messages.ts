import { rx } from './classifier.lexicon';

/** Someone, not the system, who says or writes a thing: what they are quoted saying may still ask for something. */
const PERSON = String.raw`(он|она|они|директор\w*|руководител\w*|завуч\w*|коллег\w*|начальни\w*|учител\w*|преподавател\w*|he|she|they|the director|the head|my boss|our boss)`;

/**
 * A message the system shows, quoted after the words that introduce one ("выдаёт «Ошибка записи в базу данных»", "пишет
 * «файл слишком большой»", "the page says "Could not read data file""). Quotes are read as '"' (TextNormalizer folds «»
 * and “” into it). Written against TextNormalizer's output.
 */
export const SHOWN_MESSAGE = rx(
  String.raw`(?<!\b${PERSON} )\b(пишет|пишут|выдает|выдаст|выдавал\w*|показыва\w*|отобража\w*|выскакива\w*|выводит|появля\w*|ругается|ошибк\w*|сообщени\w*|надпис\w*|уведомлени\w*|says|shows|showed|displays|reads|errors?|message|warning|prompt|pops up)\b[^"\n.!?]{0,25}"[^"\n]{1,120}"`,
);

/**
 * `text` with the messages the system shows blanked, its length kept: a ticket quoting an error about the database or a
 * file reports what broke; the words of the message are the system's, and they ask for no data.
 */
export function withoutShownMessages(text: string): string {
  return text.replace(SHOWN_MESSAGE, (found) => {
    const open = found.indexOf('"');
    return found.slice(0, open) + ' '.repeat(found.length - open);
  });
}
