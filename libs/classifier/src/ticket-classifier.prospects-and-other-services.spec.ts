import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
const classifier = new TicketClassifier();

describe(`${TicketClassifier.name}: buyers asking in principle, and other services' administrators`, () => {
  it.each<[string, string, RequestKind[]]>([
    ['a buyer comparing vendors asks about the exit copy', 'We are comparing LMS vendors and are not your client yet. On termination, do you give a customer a copy of the database and files?', []],
    ['a school still choosing asks whether data is handed over', 'Мы пока только выбираем платформу. Скажите, отдаёте ли вы данные школы, если уйти из облака?', []],
    ['a tender asks about root and admin in principle', 'Для конкурсной документации: передаёте ли вы root-доступ к серверу и права главного администратора? Никакого доступа сейчас не запрашиваем.', []],
    ['an evaluation asks about admin rights', 'Only for our comparison matrix: does the customer get full admin rights to the LMS on a server licence?', []],
    ['a customer asks for the copy outright', 'Our contract ends in May, please send us a copy of the database and all files.', [B]],
    ['a customer with a contract asks for root', 'Договор с вами действует до июня, выдайте root-доступ к серверу.', [R]],
    ['a customer comparing offers still asks for its data', 'Мы сравниваем предложения на продление, а пока пришлите, пожалуйста, выгрузку всех наших данных.', [B]],
  ])('%s', (_name, text, expected) => {
    expect(classifier.classify(text).labels).toEqual(expected);
  });

  it.each<[string, string, RequestKind[]]>([
    ['the admin of a video-call account', 'Our Teams account admin has left; how do we make a colleague the owner of it?', []],
    ['the admin of a social group', 'Нужно назначить нового методиста администратором нашего сообщества в ВК, это через вас?', []],
    ['a chat channel admin', 'Please make Olga an admin of the Telegram channel you set up for our courses.', []],
    ['the site admin asked for beside a video service', 'We use Zoom with the LMS. Please give me full admin rights to the LMS, our old administrator left.', [A]],
    ['the main admin account asked for', 'Сделайте меня главным администратором СЭО, прежний уволился.', [A]],
  ])('%s', (_name, text, expected) => {
    expect(classifier.classify(text).labels).toEqual(expected);
  });
});
