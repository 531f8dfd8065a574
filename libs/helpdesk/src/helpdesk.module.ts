import { Module } from '@nestjs/common';
import { TicketClassifier } from '@app/classifier';
import { APP_CONFIG, AppConfig } from '@app/config';
import { systemClock } from '@app/domain';
import { LocalArchiveStorage } from '@app/export';
import { AgentDeskService } from './agent-desk.service';
import { DownloadLinkService } from './download-link.service';
import { ARCHIVE_STORAGE, CLASSIFIER, CLOCK } from './helpdesk.tokens';
import { IntakeBatcher } from './intake.batcher';
import { IntakeService } from './intake.service';
import { IntakeWriter } from './intake.writer';
import { OrganizationService } from './organization.service';
import { TicketQueryService } from './ticket-query.service';

@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: CLASSIFIER, useFactory: () => new TicketClassifier() },
    { provide: ARCHIVE_STORAGE, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new LocalArchiveStorage(c.storageDir) },
    IntakeWriter,
    IntakeBatcher,
    IntakeService,
    OrganizationService,
    DownloadLinkService,
    TicketQueryService,
    AgentDeskService,
  ],
  exports: [CLOCK, CLASSIFIER, ARCHIVE_STORAGE, DownloadLinkService, IntakeService, OrganizationService, TicketQueryService, AgentDeskService],
})
export class HelpdeskModule {}
