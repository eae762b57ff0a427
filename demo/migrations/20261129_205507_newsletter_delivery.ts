// @ts-nocheck
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_issues" ADD COLUMN "compiled" jsonb;
  ALTER TABLE "newsletter_issues" ADD COLUMN "pause_reason" varchar;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "segment" varchar;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "lease_owner" varchar;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "lease_until" timestamp(3) with time zone;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "handed_over_at" timestamp(3) with time zone;
  ALTER TABLE "newsletter_deliveries" ADD COLUMN "retry_at" timestamp(3) with time zone;
  CREATE INDEX "newsletter_deliveries_sent_at_idx" ON "newsletter_deliveries" USING btree ("sent_at");
  CREATE INDEX "newsletter_deliveries_retry_at_idx" ON "newsletter_deliveries" USING btree ("retry_at");
  CREATE INDEX "issue_status_idx" ON "newsletter_deliveries" USING btree ("issue_id","status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "newsletter_deliveries_sent_at_idx";
  DROP INDEX "newsletter_deliveries_retry_at_idx";
  DROP INDEX "issue_status_idx";
  ALTER TABLE "newsletter_issues" DROP COLUMN "compiled";
  ALTER TABLE "newsletter_issues" DROP COLUMN "pause_reason";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "segment";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "lease_owner";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "lease_until";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "handed_over_at";
  ALTER TABLE "newsletter_deliveries" DROP COLUMN "retry_at";`)
}
