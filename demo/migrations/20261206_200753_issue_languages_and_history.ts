// @ts-nocheck
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_issues_translations_language" AS ENUM('fr', 'en');
  CREATE TABLE "newsletter_issues_translations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" "enum_newsletter_issues_translations_language" DEFAULT 'en' NOT NULL,
  	"title" varchar NOT NULL,
  	"introduction" varchar
  );
  
  ALTER TABLE "content_activities" DROP CONSTRAINT "content_activities_network_id_referent_networks_id_fk";
  
  ALTER TABLE "content_activities" DROP CONSTRAINT "content_activities_submitted_by_id_users_id_fk";
  
  DROP INDEX "content_activities_network_idx";
  DROP INDEX "content_activities_submitted_by_idx";
  ALTER TABLE "newsletter_issues_translations" ADD CONSTRAINT "newsletter_issues_translations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsletter_issues_translations_order_idx" ON "newsletter_issues_translations" USING btree ("_order");
  CREATE INDEX "newsletter_issues_translations_parent_id_idx" ON "newsletter_issues_translations" USING btree ("_parent_id");
  ALTER TABLE "content_activities" DROP COLUMN "network_id";
  ALTER TABLE "content_activities" DROP COLUMN "submitted_by_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsletter_issues_translations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsletter_issues_translations" CASCADE;
  ALTER TABLE "content_activities" ADD COLUMN "network_id" integer;
  ALTER TABLE "content_activities" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "content_activities" ADD CONSTRAINT "content_activities_network_id_referent_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."referent_networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_activities" ADD CONSTRAINT "content_activities_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "content_activities_network_idx" ON "content_activities" USING btree ("network_id");
  CREATE INDEX "content_activities_submitted_by_idx" ON "content_activities" USING btree ("submitted_by_id");
  DROP TYPE "public"."enum_newsletter_issues_translations_language";`)
}
