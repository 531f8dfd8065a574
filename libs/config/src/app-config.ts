/** Every setting of the product, read from the environment in one place and validated at boot. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly databaseUrl: string;
  /** Connections each process may hold. */
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  readonly queuePrefix: string;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly mail: {
    /**
     * Mail jobs one worker process runs at once. They wait on SMTP and PostgreSQL, not the CPU, so
     * enough of them keep every pooled SMTP connection busy and share database statements.
     */
    readonly concurrency: number;
    /** SMTP connections the worker keeps open to the relay; at most `concurrency` can be busy. */
    readonly smtpConnections: number;
    /** Messages sent over one SMTP connection before it is replaced by a fresh one. */
    readonly smtpMessagesPerConnection: number;
    /**
     * Most e-mails handed to the relay per second across every worker of the queue (BullMQ's limiter),
     * or null for no limit: the rate a relay accepts, or a cap on what a burst may take of the machine.
     * Jobs over the rate wait in the queue; none is dropped.
     */
    readonly perSecond: number | null;
  };
  /** Absolute; relative settings are resolved against the working directory at boot. */
  readonly mailOutboxDir: string;
  readonly jwt: {
    readonly secret: string;
    readonly jwksUrl: string | null;
    readonly issuer: string | null;
    readonly audience: string | null;
  };
  readonly publicUrl: string;
  readonly storageDir: string;
  readonly downloadLinkSecret: string;
  readonly downloadLinkTtlDays: number;
  readonly exportCompressionLevel: number;
  /**
   * Scheduling priority of the worker process (0 to 19, inherited by its threads and dump tools):
   * on a shared machine, exports and mail yield the CPU to the API's interactive requests.
   */
  readonly workerNiceness: number;
  /**
   * `idle`: the worker also runs in Linux's idle scheduling class, taking only CPU time nothing of
   * normal priority wants (the API, the database); `nice`: the niceness alone.
   */
  readonly workerCpuPolicy: 'idle' | 'nice';
  /** How often the worker runs the time-driven duties (purge, expiry, reminders). */
  readonly dutiesEveryMs: number;
  readonly reconcile: {
    /** How often the worker looks for pending work whose job Redis no longer has. */
    readonly everyMs: number;
    /**
     * Work younger than this is left alone: its job may still be on its way from the outbox to
     * Redis. Longer than the relay's worst delay, shorter than a customer would wait unnoticed.
     */
    readonly graceMs: number;
  };
  /**
   * How long a worker's claim on a running export lasts without renewal: after a worker dies, its
   * export is taken over within about this time (the claim is renewed every half of it).
   */
  readonly exportLockMs: number;
  /** Overrides the first backoff delay of every job's retries; null keeps each job's named policy. */
  readonly retryBaseDelayMs: number | null;
  readonly intake: {
    /**
     * Most tickets written in one transaction: tickets arriving while a batch is written wait for
     * the next one, so under load the database sees one transaction per batch, not per ticket.
     */
    readonly batchMax: number;
    /**
     * Batches written at the same time, each on its own connection, for organisations spread
     * over as many lanes: while one waits on the database, another is written.
     */
    readonly batchesInFlight: number;
  };
  readonly graphql: {
    readonly maxDepth: number;
    readonly maxComplexity: number;
    readonly maxAliases: number;
    readonly introspection: boolean;
  };
  readonly guidance: {
    readonly serverConsole: string;
    readonly passwordReset: readonly string[];
    readonly knowledgeBase: string;
  };
}
