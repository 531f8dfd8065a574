/**
 * Administrators of something other than the LMS: an account on another service ("the Zoom account admin"),
 * or a group, community or channel ("администратором группы ВКонтакте"). Written against TextNormalizer's output.
 */
const OTHER_SERVICE = String.raw`(zoom|зум\w*|teams|google|gmail|вк|vk|вконтакте|vkontakte|telegram|телеграм\w*|whatsapp|skype|скаип\w*|slack|webex|wordpress|вордпресс\w*|youtube|ютуб\w*)`;
const ADMIN_NOUN = String.raw`(администратор\w*|админ\w*|admin\w*|administrator\w*|owner\w*|владел\w*)`;
const GATHERING = String.raw`(групп\w*|сообществ\w*|паблик\w*|канал\w*|чат\w*|group\w*|community|communities|channel\w*|chat\w*|page)`;

export const OTHER_SERVICE_ADMIN = String.raw`\b${OTHER_SERVICE}( [a-zа-я]+)?( account| аккаунт\w*| учетк\w*)? ${ADMIN_NOUN}|\b${ADMIN_NOUN}\w*( [a-zа-я]+)? (в |of |on |in )?(the |our |этои |нашеи |нашего |этого |нашем )?(${OTHER_SERVICE}|${GATHERING})\b`;
