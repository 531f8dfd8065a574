import { AFTER_SUPPORT_LOSSES, explainAfterSupport } from './after-support.texts';
import { LANGUAGES } from './vocabulary';

describe(explainAfterSupport.name, () => {
  it('lists the same services in every language', () => {
    expect(AFTER_SUPPORT_LOSSES.en).toHaveLength(AFTER_SUPPORT_LOSSES.ru.length);
  });

  it.each([
    ['ru', ['обновления', 'База знаний', 'вебинары', 'Занятие ЗКЛ', 'Free', 'Подписка ЗКЛ', 'Глобальные сценарии', 'OTSMS', 'Антиплагиат']],
    ['en', ['updates', 'knowledge base', 'webinars', 'help tool', 'Lesson', 'Free', 'Subscription', 'Global scenarios', 'OTSMS', 'Антиплагиат']],
  ] as const)('names every loss from the vendor FAQ in %s', (language, expected) => {
    const text = explainAfterSupport(language);
    for (const phrase of expected) expect(text).toContain(phrase);
  });

  it.each(LANGUAGES)('says in %s that the installation keeps working', (language) => {
    expect(explainAfterSupport(language)).toMatch(language === 'ru' ? /продолжает работать/ : /keeps working/);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(AFTER_SUPPORT_LOSSES.ru)).toBe(true);
    expect(Object.isFrozen(AFTER_SUPPORT_LOSSES)).toBe(true);
  });
});
