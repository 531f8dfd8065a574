/**
 * The first statement of a transaction whose commit may be lost in a crash without harm, since the
 * work it records is redone idempotently: a relayed outbox row marked again enqueues the same job
 * id, an e-mail not marked sent goes out again with the same Message-ID. Such a commit does not wait
 * for the write-ahead log to reach the disk (PostgreSQL's WAL writer flushes it within a fraction
 * of a second): the worker's frequent marks each waited for a disk flush, in the same queue as
 * intake's commits (`npm run bench`, intake under fire: sampled backends waiting on IO:WALSync).
 */
export const BOOKKEEPING_COMMIT = 'set local synchronous_commit = off';
