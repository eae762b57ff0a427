import * as migration_20261123_092729_initial from './20261123_092729_initial';
import * as migration_20261129_162151_media_owner_and_locks from './20261129_162151_media_owner_and_locks';
import * as migration_20261129_180115_editorial_calendar from './20261129_180115_editorial_calendar';
import * as migration_20261129_181129_newsletter_build from './20261129_181129_newsletter_build';
import * as migration_20261129_181337_newsletter_build_task from './20261129_181337_newsletter_build_task';
import * as migration_20261129_205507_newsletter_delivery from './20261129_205507_newsletter_delivery';
import * as migration_20261206_190638_safeguards from './20261206_190638_safeguards';
import * as migration_20261206_200753_issue_languages_and_history from './20261206_200753_issue_languages_and_history';

export const migrations = [
  {
    up: migration_20261123_092729_initial.up,
    down: migration_20261123_092729_initial.down,
    name: '20261123_092729_initial',
  },
  {
    up: migration_20261129_162151_media_owner_and_locks.up,
    down: migration_20261129_162151_media_owner_and_locks.down,
    name: '20261129_162151_media_owner_and_locks',
  },
  {
    up: migration_20261129_180115_editorial_calendar.up,
    down: migration_20261129_180115_editorial_calendar.down,
    name: '20261129_180115_editorial_calendar',
  },
  {
    up: migration_20261129_181129_newsletter_build.up,
    down: migration_20261129_181129_newsletter_build.down,
    name: '20261129_181129_newsletter_build',
  },
  {
    up: migration_20261129_181337_newsletter_build_task.up,
    down: migration_20261129_181337_newsletter_build_task.down,
    name: '20261129_181337_newsletter_build_task',
  },
  {
    up: migration_20261129_205507_newsletter_delivery.up,
    down: migration_20261129_205507_newsletter_delivery.down,
    name: '20261129_205507_newsletter_delivery',
  },
  {
    up: migration_20261206_190638_safeguards.up,
    down: migration_20261206_190638_safeguards.down,
    name: '20261206_190638_safeguards',
  },
  {
    up: migration_20261206_200753_issue_languages_and_history.up,
    down: migration_20261206_200753_issue_languages_and_history.down,
    name: '20261206_200753_issue_languages_and_history'
  },
];
