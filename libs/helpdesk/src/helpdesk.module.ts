import { Module } from '@nestjs/common';
import { TicketClassifier } from '@app/classifier';
import { systemClock } from '@app/domain';
import { AgentDeskService } from './agent-desk.service';
import { CLASSIFIER, CLOCK } from './helpdesk.tokens';
import { IntakeService } from './intake.service';
import { OrganizationService } from './organization.service';
import { TicketQueryService } from './ticket-query.service';

@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: CLASSIFIER, useFactory: () => new TicketClassifier() },
    IntakeService,
    OrganizationService,
    TicketQueryService,
    AgentDeskService,
  ],
  exports: [CLOCK, CLASSIFIER, IntakeService, OrganizationService, TicketQueryService, AgentDeskService],
})
export class HelpdeskModule {}
