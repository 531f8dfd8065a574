import { registerEnumType } from '@nestjs/graphql';
import { Decision, Product, ReasonCode, RequestKind } from '@app/domain';
import { QueueOrder } from '@app/helpdesk';
import { ExportStatus, RequestStatus, TicketStatus } from '@app/persistence';

/** GraphQL has no string unions: the two languages as an enum with the same values. */
export enum LanguageValue {
  ru = 'ru',
  en = 'en',
}

registerEnumType(Product, { name: 'Product' });
registerEnumType(RequestKind, { name: 'RequestKind', description: 'What a ticket asks for' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(ReasonCode, { name: 'ReasonCode' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(RequestStatus, { name: 'RequestStatus' });
registerEnumType(ExportStatus, { name: 'ExportStatus' });
registerEnumType(QueueOrder, { name: 'QueueOrder' });
registerEnumType(LanguageValue, { name: 'Language' });
