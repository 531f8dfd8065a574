/**
 * A writer who is not a customer yet, weighing the vendor against others ("we are not your customer yet",
 * "пока только выбираем платформу", "никакого доступа сейчас не запрашиваем"): what such a letter names
 * is asked about in principle, for a comparison or a tender, not asked for. Written against TextNormalizer's output.
 */
export const PROSPECTIVE_BUYER = String.raw`(not (yet )?(a|your) (customer|client)|not your (customer|client)s? yet|(договора?|контракта?) с вами (пока |еще )?нет|с вами (пока |еще )?(нет договора|не работаем)|(пока )?не являемся (вашими |вашим )?(клиент|заказчик)\w*|пока (только )?(выбираем|подбираем|сравниваем) (платформ|поставщик|систем|сео|сдо|lms)\w*|систем\w* у нас (пока|еще) нет|(not requesting|not asking for) any (access|data|copy)( at this stage| now| yet)?|никакого доступа (сеичас |пока )?не (запрашиваем|просим)|(only|just|solely) for (the|our) (evaluation|comparison|tender|rfp)|for (our|the) comparison( matrix| table)?|(для|в) (сравнени|сопоставлени)\w* (с другими|предложени)\w*)`;
