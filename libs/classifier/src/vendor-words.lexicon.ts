/**
 * What the vendor said or wrote, named as such ("you said root is for on-premise servers", "в вашей рассылке было про
 * root", "the root part of your message", "we read in your FAQ that the export must be requested"): the kinds a writer
 * names while retelling it are the vendor's words, not the writer's ask. Written against TextNormalizer's output.
 */
const VENDOR_TEXT = String.raw`(faq|knowledge ?base|kb|message|letter|e-?mail|reminder|notice|notification|newsletter|mailing|article|guidance|instructions|documentation|docs|website|рассылк\w*|письм\w*|стать\w*|баз\w* знании|напоминани\w*|уведомлени\w*|сообщени\w*|инструкци\w*|документаци\w*)`;

export const VENDOR_SAID = String.raw`\b((?<!\b(as|like|как) )you (said|wrote|mentioned|told us|explained|say|write|recommend|advise|suggest)|your ${VENDOR_TEXT}( [a-z]+){0,3} (says|said|states|stated|mentions|mentioned|recommends|recommended|suggests|suggested|advises|advised)|(read|saw|seen|noticed) (in )?your ${VENDOR_TEXT}|(part|parts|bit|section|point|points) (of|in|from) your ${VENDOR_TEXT}|в (вашеи|вашем|ваших) ${VENDOR_TEXT}( [a-zа-я]+){0,3} (было|был|была|были|написано|сказано|говорится|пишете|указано|упоминается|упоминали|рекомендуется|рекомендуете|советуете)|(?<!\b(как|as) )вы (писали|пишете|написали|говорили|сказали|упоминали|рекомендуете|советуете|рекомендовали|советовали))\b`;

/**
 * A writer selling something ("Продаём базы данных …, выгрузка в Excel", "we sell …"): spam, whatever data or copies it
 * names. Written against TextNormalizer's output.
 */
export const SALES_PITCH = String.raw`\b(продаем|продаю|продается|продаются|в продаже|по акции|купите|закажите у нас|(we|i) sell|for sale|buy now|order now|special offer)\b`;
